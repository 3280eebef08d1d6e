package org.directivegraph.extract.citation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Small helpers for comparing Vietnamese words the way the citation grammar needs: case-insensitive but
 * diacritics-exact, and blind to the two conventions of placing the tone mark on "oa", "oe" and "uy"
 * ("hoá" / "hóa", "Uỷ" / "Ủy", "thoả" / "thỏa"), which both occur in official documents.
 */
final class VietnameseText {

    /** Vowels with a tone mark after "o" or "u" in the old-style placement, and the new-style pair. */
    private static final String TONED_A = "áàảãạ";
    private static final String TONED_E = "éèẻẽẹ";
    private static final String TONED_Y = "ýỳỷỹỵ";
    private static final String TONED_O = "óòỏõọ";
    private static final String TONED_U = "úùủũụ";

    private VietnameseText() {
    }

    /**
     * The comparison key of a word: Unicode NFC, lower case, tone marks of "oa", "oe", "uy" placed one way.
     * Diacritics are kept: "quyết" and "quyet" have different keys.
     */
    static String key(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String s = Normalizer.isNormalized(word, Normalizer.Form.NFC) ? word
                : Normalizer.normalize(word, Normalizer.Form.NFC);
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder b = null;
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 'o' && c != 'u') {
                continue;
            }
            char next = s.charAt(i + 1);
            int tone = c == 'o' ? TONED_A.indexOf(next) : TONED_Y.indexOf(next);
            char base = c == 'o' ? 'a' : 'y';
            if (tone < 0 && c == 'o') {
                tone = TONED_E.indexOf(next);
                base = 'e';
            }
            if (tone < 0) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s);
            }
            b.setCharAt(i, (c == 'o' ? TONED_O : TONED_U).charAt(tone));
            b.setCharAt(i + 1, base);
        }
        return b == null ? s : b.toString();
    }

    /** Whether the word starts with an upper-case letter. */
    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Whether the word has at least one letter and no lower-case letter ("KẾ", "UBND"). */
    static boolean isAllUpper(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                return false;
            }
            letter |= Character.isLetter(cp);
            i += Character.charCount(cp);
        }
        return letter;
    }

    /** Runs of whitespace turned into one space, trimmed. */
    static String collapseWhitespace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
