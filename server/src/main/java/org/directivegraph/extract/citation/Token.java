package org.directivegraph.extract.citation;

/**
 * One token of a document's raw text: a word (letters, possibly with digits: "UBTVQH11"), a number (digits
 * only) or one punctuation character. Offsets are Java chars of the raw text, end exclusive.
 *
 * @param start         first char
 * @param end           char after the last
 * @param text          the token as written
 * @param key           the comparison key ({@link VietnameseText#key(String)}) of a word, else the text
 * @param kind          word, number or punctuation
 * @param spaceBefore   whether whitespace (or skipped markup) separates it from the previous token
 * @param newlineBefore whether a line break separates it from the previous token
 * @param lineStart     whether it is the first token of its line
 * @param line          index of its line (0-based)
 */
record Token(int start, int end, String text, String key, Kind kind, boolean spaceBefore,
             boolean newlineBefore, boolean lineStart, int line) {

    /** The kinds of tokens. */
    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Whether this is the punctuation character {@code c}. */
    boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    /** Whether this is a word with comparison key {@code k}. */
    boolean is(String k) {
        return kind == Kind.WORD && key.equals(k);
    }

    /** Whether this is a word starting with an upper-case letter. */
    boolean capitalised() {
        return kind == Kind.WORD && VietnameseText.isCapitalised(text);
    }

    /** Whether this is one of the hyphens or dashes that join parts of a symbol. */
    boolean isHyphen() {
        return kind == Kind.PUNCT && "-–‑‐".contains(text);
    }

    /** Whether this is a quotation mark. */
    boolean isQuote() {
        return kind == Kind.PUNCT && "“”\"„«»″".contains(text);
    }

    /** The numeric value of a number token (0 if it has more than 9 digits). */
    int value() {
        return text.length() > 9 ? 0 : Integer.parseInt(text);
    }
}
