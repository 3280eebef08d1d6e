package org.directivegraph.extract.structure;

/**
 * The type line of a header: the name of the document type in capitals ("KẾ HOẠCH", "CHỈ THỊ",
 * "CHƯƠNG TRÌNH HÀNH ĐỘNG"), alone on its line or followed by the title ("BÁO CÁO Kết quả …").
 *
 * @param lineIndex  the line
 * @param code       the code of vocab/doc-type
 * @param start      normalised index where the type name starts
 * @param wordEnd    normalised index where the printed type words end
 * @param titleStart normalised index where a title on the same line starts, or -1
 */
record TypeLine(int lineIndex, String code, int start, int wordEnd, int titleStart) {

    /** The type line at {@code line}: a type name in capitals at its start, or null. */
    static TypeLine at(DocumentTypes types, String text, Line line) {
        int s = Markdown.skipLeading(text, line.start(), line.end());
        if (s >= line.end()) {
            return null;
        }
        String rest = text.substring(s, line.end());
        DocumentTypes.NamedType named = types.typeNamedAt(rest);
        if (named == null || !VietText.isUppercase(rest.substring(0, named.length()))) {
            return null;
        }
        int wordEnd = s + named.length();
        String after = Markdown.clean(text.substring(wordEnd, line.end()));
        if (after.isEmpty() || VietText.isUppercase(after) && after.length() <= 30) {
            return new TypeLine(line.index(), named.code(), s, Markdown.skipTrailing(text, s, line.end()), -1);
        }
        // the title follows on the same line ("KẾ HOẠCH Triển khai …")
        return new TypeLine(line.index(), named.code(), s, wordEnd, Markdown.skipLeading(text, wordEnd));
    }

}
