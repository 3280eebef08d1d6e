package org.directivegraph.extract.structure;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Small helpers for Vietnamese text: whitespace, letter case, and a matching key that ignores case, the
 * old and new placement of tone marks ("hoà" / "hòa", "uỷ" / "ủy") and the kind of dash.
 */
public final class VietText {

    private static final Pattern OLD_TONE = Pattern.compile("(o)([ae])([\u0300\u0301\u0303\u0309\u0323])|(u)(y)([\u0300\u0301\u0303\u0309\u0323])");

    private VietText() {
    }

    /** Collapses every run of whitespace (no-break spaces included) to one space and trims. */
    public static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The matching key of a text: NFC, lower case, tone marks placed the new way, dashes made '-',
     * whitespace collapsed. Only for comparing; never shown.
     */
    public static String key(String s) {
        String lower = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        lower = OLD_TONE.matcher(lower).replaceAll(m -> m.group(1) != null
                ? m.group(1) + m.group(3) + m.group(2) : m.group(4) + m.group(6) + m.group(5));
        lower = Normalizer.normalize(lower, Normalizer.Form.NFC).replace('–', '-').replace('—', '-');
        return collapse(lower);
    }

    /** The {@link #key} of the first {@code max} chars of {@code s}: enough to test how a long text starts. */
    public static String keyOfStart(String s, int max) {
        return key(s.length() <= max ? s : s.substring(0, max));
    }

    /** Whether {@code text} contains {@code keyword} (both as {@link #key} keys) as whole words. */
    public static int indexOfWord(String textKey, String keywordKey) {
        int from = 0;
        while (true) {
            int i = textKey.indexOf(keywordKey, from);
            if (i < 0) {
                return -1;
            }
            int end = i + keywordKey.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(textKey.charAt(i - 1));
            boolean after = end >= textKey.length() || !Character.isLetterOrDigit(textKey.charAt(end));
            if (before && after) {
                return i;
            }
            from = i + 1;
        }
    }

    /** Number of letters of {@code s}. */
    public static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code s} is written in capitals: at least two letters, at most 10% of them lower case. */
    public static boolean isUppercase(String s) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper + lower >= 2 && lower * 10 <= upper + lower;
    }

    /** The first letter of {@code s}, or 0 when there is none before a digit. */
    public static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return c;
            }
            if (Character.isDigit(c)) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether the first letter of {@code s} (before any digit) is upper case. */
    public static boolean startsUpper(String s) {
        return Character.isUpperCase(firstLetter(s));
    }

    /** Whether the first letter of {@code s} (before any digit) is lower case. */
    public static boolean startsLower(String s) {
        return Character.isLowerCase(firstLetter(s));
    }

    /** A word with its first letter in upper case and the rest in lower case ("THÁI" -> "Thái"). */
    public static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word.substring(Character.charCount(first)).toLowerCase(Locale.ROOT)).toString();
    }

    /** Whether {@code s} ends a sentence or a clause: its last visible char is one of {@code . ; : ! ?}. */
    public static boolean endsClause(String s) {
        String t = Markdown.clean(s);
        while (!t.isEmpty() && "”\"’')".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".;:!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Whether a trimmed line is only a page number ("7", "- 7 -", "Trang 7"). */
    public static boolean isPageNumber(String trimmed) {
        String t = trimmed.replace("-", "").replace("–", "").strip();
        if (t.regionMatches(true, 0, "Trang", 0, 5)) {
            t = t.substring(5).strip();
        }
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
