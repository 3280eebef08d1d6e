package org.directivegraph.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The body key (docs/identifiers.md) of a body named in words: "UBND huyện Bình Giang" -> ubnd, "Ban Thường
 * vụ Tỉnh ủy" -> btvtu, "Phòng Nội vụ" -> pnv. The first matching rule wins, most specific first.
 */
public final class BodyKeys {

    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("ubnd cac xa thi tran", "ubnd-cac-xa-thi-tran");
        RULES.put("uy ban nhan dan cac xa thi tran", "ubnd-cac-xa-thi-tran");
        RULES.put("ban thuong vu tinh uy", "btvtu");
        RULES.put("ban thuong vu thanh uy", "btvtu");
        RULES.put("ban thuong vu huyen uy", "btvhu");
        RULES.put("ban thuong vu quan uy", "btvqu");
        RULES.put("ban thuong vu dang uy", "btvdu");
        RULES.put("ban dan van tinh uy", "bdvtu");
        RULES.put("ban dan van huyen uy", "bdvhu");
        RULES.put("ban dan van quan uy", "bdvqu");
        RULES.put("van phong hdnd va ubnd", "vp-hdnd-ubnd");
        RULES.put("van phong ubnd", "vp-ubnd");
        RULES.put("van phong uy ban nhan dan", "vp-ubnd");
        RULES.put("phong noi vu", "pnv");
        RULES.put("so noi vu", "snv");
        RULES.put("mat tran to quoc", "mttq");
        RULES.put("mttq", "mttq");
        RULES.put("hdnd", "hdnd");
        RULES.put("hoi dong nhan dan", "hdnd");
        RULES.put("ubnd", "ubnd");
        RULES.put("uy ban nhan dan", "ubnd");
        RULES.put("tinh uy", "tu");
        RULES.put("thanh uy", "tu");
        RULES.put("huyen uy", "hu");
        RULES.put("quan uy", "qu");
        RULES.put("dang uy", "du");
        RULES.put("thu tuong", "ttg");
        RULES.put("chinh phu", "cp");
        RULES.put("bo chinh tri", "bct");
        RULES.put("ban bi thu", "bbt");
        RULES.put("ban chap hanh trung uong", "bchtw");
        RULES.put("quoc hoi", "qh");
    }

    private BodyKeys() {
    }

    private static final java.util.regex.Pattern HOLDER = java.util.regex.Pattern.compile(
            "(?iu)^(thủ trưởng|chủ tịch|công chức|lãnh đạo)\\s+(?=(các |ủy ban|uỷ ban|ubnd|phòng|văn phòng|ban ))");
    private static final java.util.regex.Pattern UNIT_TAIL = java.util.regex.Pattern.compile(
            "(?u)(\\s+của)?\\s+([Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]ỉnh|[Tt]hành phố)(\\s+\\p{Lu}\\p{L}*)*$");

    /**
     * The key of a body named in an organisation section: the office holder ("Thủ trưởng", "Chủ tịch",
     * "Công chức") and the unit words at the end ("… của xã", "… huyện") are not part of the body's key:
     * "Thủ trưởng các phòng chuyên môn huyện" -> cac-phong-chuyen-mon, "khối Dân vận của xã" -> khoi-dan-van.
     */
    public static String ofBodyName(String name) {
        String n = HOLDER.matcher(name.strip()).replaceFirst("");
        String ruled = rule(n);
        if (ruled != null) {
            return ruled;
        }
        String trimmed = UNIT_TAIL.matcher(n).replaceFirst("");
        return Keys.key((trimmed.isBlank() ? n : trimmed).toLowerCase(java.util.Locale.ROOT));
    }

    /** The key of the body the words name, or the key of the words themselves when no rule matches. */
    public static String of(String words) {
        String ruled = rule(words);
        return ruled != null ? ruled : Keys.key(words.toLowerCase(Locale.ROOT));
    }

    /** The key of the first rule the words match, or null. */
    static String rule(String words) {
        String folded = " " + Keys.key(words).replace('-', ' ') + " ";
        for (var rule : RULES.entrySet()) {
            if (folded.contains(" " + rule.getKey() + " ")) {
                return rule.getValue();
            }
        }
        return null;
    }
}
