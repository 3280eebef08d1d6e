package org.directivegraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Keys as docs/identifiers.md defines them: ASCII, lower case, diacritics and đ folded, other runs to one '-'. */
public final class Keys {

    private Keys() {
    }

    /** The key of a text: "NĐ" -> "nd", "BDVHU-UBND" -> "bdvhu-ubnd", "Xã Nam Chính" -> "xa-nam-chinh". */
    public static String key(String s) {
        String folded = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The SHA-256 of a text encoded as UTF-8, lower-case hex. */
    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A number as it goes into an IRI: the part before a legal-normative year, leading zeros dropped ("04/2015" -> "4"). */
    public static String number(String printed) {
        String n = printed.strip();
        int slash = n.indexOf('/');
        if (slash > 0) {
            n = n.substring(0, slash);
        }
        n = n.replaceFirst("^0+(?=\\d)", "");
        return key(n);
    }

    /**
     * The issuer key of a symbol: the part after the type letters, keyed, with a legislature's term number
     * dropped: "KH-UBND" -> "ubnd", "QĐ/TW" -> "tw", "PL-UBTVQH11" -> "ubtvqh", "CTr/BDVHU-UBND" -> "bdvhu-ubnd",
     * "QH15" -> "qh"; a symbol without type letters ("UBND-NCPC") is keyed whole.
     */
    public static String issuerOfSymbol(String symbol, boolean hasTypeLetters) {
        String s = symbol.strip();
        if (hasTypeLetters) {
            int cut = -1;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '-' || s.charAt(i) == '/') {
                    cut = i;
                    break;
                }
            }
            s = cut < 0 ? s : s.substring(cut + 1);
        }
        StringBuilder out = new StringBuilder();
        for (String part : s.split("[-/]")) {
            String k = key(part).replaceFirst("(?<=[a-z])\\d+$", "");
            if (!k.isEmpty()) {
                out.append(out.length() == 0 ? "" : "-").append(k);
            }
        }
        return out.toString();
    }
}
