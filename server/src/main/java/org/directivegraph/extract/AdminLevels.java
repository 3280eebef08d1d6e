package org.directivegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The level of government (central, province, district, commune) an issuer's name says, from the unit
 * words of its name: "UBND xã Thái Học" is a commune's, "UBND huyện …" a district's, "Thủ tướng Chính phủ"
 * the Centre's. "Thành phố" names a province for the centrally governed cities and a district otherwise.
 */
public final class AdminLevels {

    private static final List<String> CENTRAL_CITIES = List.of("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế");
    private static final Pattern COMMUNE = Pattern.compile("(?iu)\\b(xã|phường|thị trấn|đặc khu|đảng ủy xã|đảng ủy phường)\\b");
    private static final Pattern DISTRICT = Pattern.compile("(?iu)\\b(huyện|quận|thị xã|huyện ủy|quận ủy|thị ủy)\\b");
    private static final Pattern PROVINCE = Pattern.compile("(?iu)\\b(tỉnh|tỉnh ủy|thành ủy)\\b");
    private static final Pattern CITY = Pattern.compile("(?iu)\\bthành phố\\s+(.+)$");
    private static final Pattern CENTRAL = Pattern.compile(
            "(?iu)\\b(thủ tướng|chính phủ|quốc hội|trung ương|bộ chính trị|ban bí thư|bộ\\s+\\p{L}|ủy ban thường vụ quốc hội)");

    private AdminLevels() {
    }

    /** The level code of vocab/level, or {@code null} when the name gives no clue. */
    public static String of(String issuerName) {
        if (issuerName == null || issuerName.isBlank()) {
            return null;
        }
        String n = issuerName.replaceAll("\\s+", " ").strip();
        if (COMMUNE.matcher(n).find()) {
            return "commune";
        }
        if (DISTRICT.matcher(n).find()) {
            return "district";
        }
        var city = CITY.matcher(n);
        if (city.find()) {
            String name = city.group(1).toLowerCase(Locale.ROOT);
            return CENTRAL_CITIES.stream().anyMatch(name::startsWith) ? "province" : "district";
        }
        if (PROVINCE.matcher(n).find()) {
            return "province";
        }
        if (CENTRAL.matcher(n).find()) {
            return "central";
        }
        return null;
    }
}
