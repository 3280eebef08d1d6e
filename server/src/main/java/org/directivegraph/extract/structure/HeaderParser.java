package org.directivegraph.extract.structure;

import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Span;

/**
 * Reads the header block of a document: the lines before the type line ("KẾ HOẠCH") hold the issuing
 * body, the national motto, the number line and the place-and-date line, in any order and possibly two
 * columns interleaved on one line by PDF conversion; the lines after the type line, up to the first body
 * paragraph, are the title. When the header names no issuer, the issuer is taken from the body's
 * sentence that says who makes the document ({@link BodyIssuer}).
 */
public final class HeaderParser {

    /** The header is looked for in this many lines at most. */
    static final int MAX_HEADER_LINES = 60;
    /** No line of a header block (a Markdown table row at most) is longer than this. */
    private static final int MAX_HEADER_LINE = 800;

    private final DocumentTypes types;

    /** A parser using the given document types. */
    public HeaderParser(DocumentTypes types) {
        this.types = types;
    }

    /** Reads the header of a document with the packaged document types. */
    public static Header parse(DocumentText document) {
        return new HeaderParser(DocumentTypes.packaged()).read(NormalizedText.of(document));
    }

    /** Reads the header of a normalised text. */
    public Header read(NormalizedText normalized) {
        String text = normalized.text();
        Lines lines = Lines.of(text);
        int limit = Math.min(lines.size(), MAX_HEADER_LINES);

        TypeLine type = null;
        int regionEnd = limit;
        for (int i = 0; i < limit; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (isBodyStart(text, line)) {
                regionEnd = i;
                break;
            }
            type = TypeLine.at(types, text, line);
            if (type != null) {
                regionEnd = i;
                break;
            }
        }

        HeaderBlock block = HeaderBlock.read(text, lines, regionEnd);
        List<TextRange> issuerFragments = block.issuerFragments();
        NumberLine number = block.number();
        IssueDate date = block.date();
        TextRange vv = block.subject();
        int lastHeaderLine = block.lastLine();

        List<String> issuerLines = issuerFragments.stream()
                .map(r -> Markdown.clean(text.substring(r.start(), r.end()))).toList();
        Span issuingBodySpan = issuerFragments.isEmpty() ? null
                : normalized.trimmedSpan(issuerFragments.get(0).start(), issuerFragments.get(issuerFragments.size() - 1).end());

        String typeCode = null;
        String typeWord = null;
        Span typeSpan = null;
        String title = null;
        Span titleSpan = null;
        int headerEnd = lastHeaderLine >= 0 ? lines.get(lastHeaderLine).end() : 0;
        if (type != null) {
            typeCode = type.code();
            typeWord = Markdown.clean(text.substring(type.start(), type.wordEnd()));
            typeSpan = normalized.trimmedSpan(type.start(), type.wordEnd());
            headerEnd = lines.get(type.lineIndex()).end();
            TextRange titleRange = TitleLines.after(text, lines, type);
            if (titleRange != null) {
                title = Markdown.clean(text.substring(titleRange.start(), titleRange.end()));
                titleSpan = normalized.trimmedSpan(titleRange.start(), titleRange.end());
                headerEnd = titleRange.end();
            }
        } else if (vv != null) {
            title = Markdown.clean(text.substring(vv.start(), vv.end()));
            titleSpan = normalized.trimmedSpan(vv.start(), vv.end());
        }
        if (typeCode == null && number != null) {
            typeCode = types.codeForSymbol(number.symbol(), number.partyStyle());
        }
        if (typeCode == null && vv != null) {
            typeCode = "cv";
        }

        String issuerText = null;
        String issuerName = null;
        Span issuerSpan = null;
        Header.IssuerSource source = Header.IssuerSource.NONE;
        if (!issuerLines.isEmpty()) {
            issuerText = String.join(" ", issuerLines);
            issuerName = IssuerNames.readable(issuerLines);
            issuerSpan = issuingBodySpan;
            source = Header.IssuerSource.HEADER;
        } else {
            int from = Math.min(headerEnd, text.length());
            BodyIssuer body = BodyIssuer.find(text, from, preambleEnd(text, lines, from));
            if (body != null) {
                issuerText = body.text();
                issuerName = body.text();
                issuerSpan = normalized.trimmedSpan(body.start(), body.end());
                source = Header.IssuerSource.BODY;
            }
        }

        return new Header(issuerLines, issuingBodySpan, issuerText, issuerName, issuerSpan, source,
                number == null ? null : number.asPrinted(), number == null ? null : number.number(),
                number == null ? null : number.symbol(),
                number == null ? null : normalized.trimmedSpan(number.start(), number.end()),
                typeCode, typeWord, typeSpan,
                date == null ? null : date.place(), date == null ? null : date.asPrinted(),
                date == null ? null : date.date(), date == null ? null : date.yearMonth(),
                date == null ? null : date.year(),
                date == null ? null : normalized.trimmedSpan(date.start(), date.end()),
                title, titleSpan, normalized.rawStart(Math.min(headerEnd, text.length())));
    }

    /** Where the preamble ends: the first section heading after {@code from}, or 5000 chars on. */
    private static int preambleEnd(String text, Lines lines, int from) {
        int limit = Math.min(text.length(), from + 5000);
        for (int i = lines.lineAt(from); i < lines.size() && lines.get(i).start() < limit; i++) {
            if (SectionHeadings.match(text, lines.get(i)) != null) {
                return Math.max(from, lines.get(i).start());
            }
        }
        return limit;
    }

    /**
     * Whether a line starts the body: a section heading, a paragraph opening ("Căn cứ", "Thực hiện", "Kính
     * gửi"), or a line far longer than any header line.
     */
    private static boolean isBodyStart(String text, Line line) {
        if (line.end() - line.start() > MAX_HEADER_LINE || SectionHeadings.match(text, line) != null) {
            return true;
        }
        String words = Markdown.clean(line.text());
        if (words.length() > 160 && !VietText.isUppercase(words) && !words.contains("ngày") && !words.contains("Số")) {
            return true;
        }
        return !VietText.isUppercase(words) && LayoutWords.startsWithAny(VietText.keyOfStart(words, 40), LayoutWords.OPENINGS);
    }

}
