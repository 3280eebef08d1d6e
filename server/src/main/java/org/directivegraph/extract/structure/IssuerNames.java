package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds a readable name from the issuing-body lines of a header, which are printed in capitals: the
 * lines ["ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC"] give "Ủy ban nhân dân xã Thái Học"; a parent body above the
 * issuer lends its unit ("UBND HUYỆN BÌNH GIANG" / "PHÒNG NỘI VỤ" gives "Phòng Nội vụ huyện Bình
 * Giang", "HUYỆN ỦY DƯƠNG MINH CHÂU" / "BAN DÂN VẬN" gives "Ban Dân vận Huyện ủy Dương Minh Châu"). Body words are put in sentence case with the specific part capitalised ("Ban Dân vận",
 * "Huyện ủy"), unit names in title case; abbreviations (UBND, HĐND) are kept. Best effort: the case of
 * a multi-part specific name ("Sở Giáo dục và Đào tạo") is not known from capitals.
 */
public final class IssuerNames {

    private static final Set<String> ACRONYMS = Set.of("UBND", "HĐND", "MTTQ", "MTTQVN", "UBMTTQ", "UBMTTQVN", "BCH",
            "BTV", "BCĐ", "VP", "TW", "TƯ", "CP", "ĐU", "HU", "TU", "QU", "BDV", "CA", "BCHQS", "TT", "VPĐK", "LĐLĐ", "HĐ", "ĐCSVN");
    private static final Set<String> BODY_HEADS = Set.of("phòng", "sở", "ban", "bộ", "cục", "vụ");
    private static final Set<String> COMMITTEE_PLACES = Set.of("huyện", "tỉnh", "thành", "quận", "thị", "đảng", "xã", "phường");

    private IssuerNames() {
    }

    /** The readable name of the issuer printed on {@code lines} (each in capitals), or null when there are none. */
    public static String readable(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            String clean = VietText.collapse(line);
            if (clean.isEmpty()) {
                continue;
            }
            if (!names.isEmpty() && LayoutWords.unitPrefixWords(VietText.key(clean)) > 0) {
                names.set(names.size() - 1, names.get(names.size() - 1) + " " + clean);
            } else {
                names.add(clean);
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        String own = names.get(names.size() - 1);
        String name = readableName(own);
        if (!namesPlace(words(own)) && names.size() > 1) {
            List<String> parent = words(names.get(names.size() - 2));
            int u = unitStart(parent);
            if (u >= 0) {
                name = name + " " + readableUnit(parent.subList(u, parent.size()));
            } else if (namesPlace(parent)) {
                name = name + " " + readableName(names.get(names.size() - 2));
            }
        }
        return name;
    }

    /** The readable form of one body name printed in capitals ("HUYỆN ỦY BÌNH GIANG" -> "Huyện ủy Bình Giang"). */
    public static String readableName(String upper) {
        List<String> words = words(upper);
        int u = unitStart(words);
        int bodyEnd = u >= 0 ? u : words.size();
        if (u < 0) {
            for (int i = 0; i + 1 < words.size(); i++) {
                if (COMMITTEE_PLACES.contains(lower(words.get(i))) && isUy(words.get(i + 1))) {
                    bodyEnd = i + 2;
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bodyEnd; i++) {
            String w = words.get(i);
            boolean capital = i == 0
                    || (i > 0 && BODY_HEADS.contains(lower(words.get(i - 1))) && !(i > 1 && isUy(words.get(i - 2))) && !isAcronym(words.get(i - 1)))
                    || (i + 1 < bodyEnd && isUy(words.get(i + 1)) && COMMITTEE_PLACES.contains(lower(w)));
            out.add(isAcronym(w) ? w : capital ? VietText.capitalize(w) : lower(w));
        }
        if (u >= 0) {
            out.add(readableUnit(words.subList(u, words.size())));
        } else {
            for (int i = bodyEnd; i < words.size(); i++) {
                out.add(isAcronym(words.get(i)) ? words.get(i) : VietText.capitalize(words.get(i)));
            }
        }
        return String.join(" ", out);
    }

    private static String readableUnit(List<String> words) {
        int prefix = LayoutWords.unitPrefixWords(VietText.key(String.join(" ", words)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i < prefix) {
                out.add(w.equalsIgnoreCase("TP.") || w.equalsIgnoreCase("TP") ? "TP." : lower(w));
            } else {
                out.add(isAcronym(w) ? w : VietText.capitalize(w));
            }
        }
        return String.join(" ", out);
    }

    /** Whether a body name names its place: a unit ("XÃ THÁI HỌC") or a committee's place ("HUYỆN ỦY BÌNH GIANG"). */
    private static boolean namesPlace(List<String> words) {
        if (unitStart(words) >= 0) {
            return true;
        }
        for (int i = 0; i + 2 < words.size(); i++) {
            if (COMMITTEE_PLACES.contains(lower(words.get(i))) && isUy(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static int unitStart(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && LayoutWords.unitPrefixWords(VietText.key(String.join(" ", words.subList(i, words.size())))) > 0) {
                return i;
            }
            if (i == 0 && words.size() > 1 && LayoutWords.unitPrefixWords(VietText.key(String.join(" ", words))) > 0) {
                return 0;
            }
        }
        return -1;
    }

    private static List<String> words(String s) {
        String c = VietText.collapse(s);
        return c.isEmpty() ? List.of() : List.of(c.split(" "));
    }

    private static boolean isUy(String w) {
        String k = VietText.key(w);
        return k.equals("ủy");
    }

    private static boolean isAcronym(String w) {
        return ACRONYMS.contains(w.toUpperCase(Locale.ROOT)) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
