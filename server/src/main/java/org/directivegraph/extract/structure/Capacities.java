package org.directivegraph.extract.structure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a signing capacity at the start of a line of the signature block (Nghị định 30/2020/NĐ-CP):
 * "TM." (on behalf of a collective body), "KT." (signing for the head), "TL." (by order), "TUQ." (by
 * authorisation), "Q." (acting); also the older "T/M", "K/T", "T/L". Codes are those of vocab/capacity.
 */
final class Capacities {

    private static final Pattern CAPACITY = Pattern.compile(
            "(?:(TUQ|TM|KT|TL)(?:\\h*+\\.\\h*+|\\h++)|(Q)\\h*+\\.\\h*+|(T/M|K/T|T/L)\\h*+\\.?+\\h*+)(?=\\p{Lu})");

    private Capacities() {
    }

    /** A capacity found: its code, and where the words after it start. */
    record Found(String code, int start, int wordsStart) {
    }

    /** The capacity at {@code text[from, to)} (after optional Markdown marks), or null. */
    static Found at(String text, int from, int to) {
        int s = Markdown.skipLeading(text, from, to);
        if (s >= to) {
            return null;
        }
        Matcher m = CAPACITY.matcher(text).region(s, to);
        if (!m.lookingAt()) {
            return null;
        }
        String printed = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return new Found(printed.replace("/", "").toLowerCase(Locale.ROOT), s, m.end());
    }

    /** The first capacity inside {@code text[from, to)} after whitespace (a right column on the same line), or -1. */
    static int inside(String text, int from, int to) {
        Matcher m = CAPACITY.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() > from && Character.isWhitespace(text.charAt(m.start() - 1))) {
                return m.start();
            }
        }
        return -1;
    }
}
