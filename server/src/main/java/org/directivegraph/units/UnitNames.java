package org.directivegraph.units;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spelling rules for unit names, shared by the generator and the directory.
 *
 * <ul>
 * <li>{@link #clean}: Unicode NFC, runs of white space as one space, no leading or trailing space (the lists
 * have stray double and trailing spaces, e.g. "Xã  Tư", "Xã Ngư Thủy ").</li>
 * <li>{@link #spellingKey}: {@link #clean}, lower case, leading zeros of numbers dropped, and the tone mark counted
 * per syllable wherever it is placed, so that "Hoà" and "Hòa" are one spelling, but "Hòa" and "Hoa" are not.</li>
 * <li>{@link #foldedKey}: lower case ASCII: diacritics removed, đ as d, anything else than letters and
 * digits as one space, leading zeros of numbers dropped ("Phường 02" = "phuong 2").</li>
 * <li>{@link #typeWordOf} / {@link #baseName}: the type word a name starts with ("Xã", "Thị trấn",
 * "Thành phố", "Đặc khu" …, any case) and the rest of the name.</li>
 * </ul>
 */
public final class UnitNames {

    /** Folded type words; the two-word ones first, so that "Thị xã …" is not read as "Thị" + "xã …". */
    private static final List<String> TYPE_WORDS = List.of(
            "thanh pho", "thi xa", "thi tran", "dac khu", "tinh", "huyen", "quan", "phuong", "xa");

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    private UnitNames() {
    }

    /** NFC, white space collapsed to single spaces and trimmed; {@code ""} for {@code null}. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        return SPACE.matcher(nfc).replaceAll(" ").trim();
    }

    /** The key for comparing spellings: diacritics kept; case, tone-mark placement and zero-padding ignored. */
    public static String spellingKey(String s) {
        String lower = clean(s).toLowerCase(Locale.ROOT);
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        StringBuilder tones = new StringBuilder(2);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones.append(c);
            } else if (c == ' ') {
                out.append(tones).append(c);
                tones.setLength(0);
            } else {
                out.append(c);
            }
        }
        out.append(tones);
        return dropLeadingZeros(out.toString());
    }

    /** The key for matching names whatever their diacritics, case, punctuation or zero-padded numbers. */
    public static String foldedKey(String s) {
        return dropLeadingZeros(fold(clean(s), ' '));
    }

    /**
     * ASCII, lower case, diacritics and đ folded, every run of other characters turned into one
     * {@code separator}, none at either end: "Xã Nam Chính" -> "xa nam chinh" (or "xa-nam-chinh"). The one
     * folding of names and keys the project uses.
     */
    public static String fold(String text, char separator) {
        if (text == null) {
            return "";
        }
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        boolean gap = false;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            c = Character.toLowerCase(c);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append(separator);
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String dropLeadingZeros(String folded) {
        if (folded.indexOf('0') < 0) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (String token : folded.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            int zeros = 0;
            while (zeros < token.length() - 1 && token.charAt(zeros) == '0' && Character.isDigit(token.charAt(zeros + 1))) {
                zeros++;
            }
            out.append(token, zeros, token.length());
        }
        return out.toString();
    }

    /**
     * How {@code query} matches {@code name} when their folded keys are equal: {@link Spelling#EXACT} if their
     * spelling keys are equal; {@link Spelling#DIFFERENT} if a diacritic the query writes (a vowel mark, the stroke
     * of đ, or a tone) is not the name's at the same place; else {@link Spelling#FOLDED}.
     */
    public static Spelling compare(String query, String name) {
        if (spellingKey(query).equals(spellingKey(name))) {
            return Spelling.EXACT;
        }
        List<String[]> q = syllables(query);
        List<String[]> n = syllables(name);
        if (q.size() != n.size()) {
            return Spelling.FOLDED;
        }
        for (int i = 0; i < q.size(); i++) {
            String[] a = q.get(i);
            String[] b = n.get(i);
            if (!a[0].isEmpty() && !a[0].equals(b[0])) {
                return Spelling.DIFFERENT;
            }
            if (a.length != b.length) {
                continue;
            }
            for (int j = 1; j < a.length; j++) {
                if (!a[j].isEmpty() && !a[j].equals(b[j])) {
                    return Spelling.DIFFERENT;
                }
            }
        }
        return Spelling.FOLDED;
    }

    /**
     * The syllables of a name, each as {@code [tone, marks of letter 1, marks of letter 2, …]}: the tone mark of
     * the syllable wherever it sits, and for each letter or digit its other combining marks ("đ" counts as d with
     * a stroke). Punctuation separates syllables like white space.
     */
    private static List<String[]> syllables(String s) {
        String nfd = Normalizer.normalize(clean(s).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String[]> out = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        StringBuilder tone = new StringBuilder();
        for (int i = 0; i <= nfd.length(); i++) {
            char c = i < nfd.length() ? nfd.charAt(i) : ' ';
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (TONES.indexOf(c) >= 0) {
                    tone.append(c);
                } else if (!letters.isEmpty()) {
                    letters.set(letters.size() - 1, letters.get(letters.size() - 1) + c);
                }
            } else if (Character.isLetterOrDigit(c)) {
                letters.add(c == 'đ' ? "\u0335" : "");
            } else if (!letters.isEmpty()) {
                String[] syllable = new String[letters.size() + 1];
                syllable[0] = tone.toString();
                for (int j = 0; j < letters.size(); j++) {
                    syllable[j + 1] = letters.get(j);
                }
                out.add(syllable);
                letters.clear();
                tone.setLength(0);
            }
        }
        return out;
    }

    /** The type word a name starts with, as written ("Xã", "Thị Trấn"), if the name is more than that word. */
    public static Optional<String> typeWordOf(String name) {
        String[] words = clean(name).split(" ", 4);
        if (words.length < 2) {
            return Optional.empty();
        }
        String one = foldedKey(words[0]);
        String two = words.length > 2 ? one + " " + foldedKey(words[1]) : null;
        for (String type : TYPE_WORDS) {
            if (type.equals(two)) {
                return Optional.of(words[0] + " " + words[1]);
            }
        }
        return TYPE_WORDS.contains(one) ? Optional.of(words[0]) : Optional.empty();
    }

    /** The name without its leading type word ("Xã Thái Học" -> "Thái Học"); the cleaned name if it has none. */
    public static String baseName(String name) {
        String c = clean(name);
        return typeWordOf(c).map(w -> c.substring(w.length()).trim()).orElse(c);
    }
}
