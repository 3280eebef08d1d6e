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

    /** The key of the body the words name, or the key of the words themselves when no rule matches. */
    public static String of(String words) {
        String folded = " " + Keys.key(words).replace('-', ' ') + " ";
        for (var rule : RULES.entrySet()) {
            if (folded.contains(" " + rule.getKey() + " ")) {
                return rule.getValue();
            }
        }
        return Keys.key(words.toLowerCase(Locale.ROOT));
    }
}
