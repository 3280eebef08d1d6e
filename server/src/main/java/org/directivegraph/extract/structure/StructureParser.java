package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Span;

/**
 * Reads the body's layout: the Roman-numeral sections ({@link SectionHeadings}), classified by the
 * keywords of vocab/section-kind, and in each section the numbered items and sub-items ("1.", "a)",
 * "1.1."; see {@link ItemSequence} for which numbers count), of which those of content sections are the
 * tasks. A document without sections (a directive) has its numbered items read over the whole body, and
 * they are all tasks. The last section ends at the closing ({@link BodyEnd}). Footnotes spliced into an item
 * ({@link Footnotes}) stay in its span and are left out of its evidence.
 */
public final class StructureParser {

    private final KeywordVocabulary sectionKinds;

    /** A parser classifying sections with the given section-kind vocabulary. */
    public StructureParser(KeywordVocabulary sectionKinds) {
        this.sectionKinds = sectionKinds;
    }

    /** Reads the structure of a document with the packaged vocabularies. */
    public static DocumentStructure parse(DocumentText document) {
        NormalizedText normalized = NormalizedText.of(document);
        int headerEnd = new HeaderParser(DocumentTypes.packaged()).read(normalized).headerEnd();
        return new StructureParser(KeywordVocabulary.packaged("section-kind")).read(normalized, headerEnd);
    }

    /** Reads the structure of a normalised text whose header ends at raw index {@code headerEndRaw}. */
    public DocumentStructure read(NormalizedText normalized, int headerEndRaw) {
        String text = normalized.text();
        Lines lines = Lines.of(text);
        int bodyStartLine = lines.lineAt(Math.min(normalizedIndex(normalized, headerEndRaw), text.length()));
        if (bodyStartLine > 0 && headerEndRaw > 0) {
            bodyStartLine++;
        }

        List<SectionHeadings.Heading> headings = SectionHeadings.all(text, lines, bodyStartLine);
        List<TextRange> footnotes = Footnotes.find(text, lines);
        int closing = BodyEnd.closingStart(text, lines,
                headings.isEmpty() ? bodyStartLine : headings.get(headings.size() - 1).lastLine() + 1);

        List<Section> sections = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        if (headings.isEmpty()) {
            List<Item> found = items(normalized, lines, ItemSequence.read(text, lines, bodyStartLine, closing, 0), closing, null,
                    footnotes);
            items.addAll(found);
            found.forEach(i -> tasks.add(Task.of(i)));
            return new DocumentStructure(sections, items, tasks);
        }
        int lastTop = 0;
        for (int h = 0; h < headings.size(); h++) {
            SectionHeadings.Heading heading = headings.get(h);
            int start = heading.candidate().start();
            int end = h + 1 < headings.size() ? lines.get(headings.get(h + 1).lineIndex()).start() : closing;
            if (end <= start) {
                end = Math.max(heading.end(), closing);
            }
            int position = h + 1;
            String kind = sectionKinds.classify(heading.words()).orElse("other");
            sections.add(new Section(heading.candidate().numeral(), heading.words(), kind, position,
                    normalized.trimmedSpan(start, heading.end()),
                    normalized.trimmedSpan(start, contentEnd(text, lines, start, end))));
            List<OpenItem> open = ItemSequence.read(text, lines, heading.lastLine() + 1, end, lastTop);
            for (OpenItem o : open) {
                if (o.level == 1 && o.style == ItemNumbers.Style.ARABIC && o.label != null) {
                    lastTop = o.parts[0];
                }
            }
            List<Item> found = items(normalized, lines, open, end, position, footnotes);
            items.addAll(found);
            if ("content".equals(kind)) {
                found.forEach(i -> tasks.add(Task.of(i)));
            }
        }
        return new DocumentStructure(sections, items, tasks);
    }

    private static int normalizedIndex(NormalizedText normalized, int raw) {
        int lo = 0;
        int hi = normalized.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (normalized.rawStart(mid) < raw) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The items of a section: ends, positions among siblings, ordinals ("2.a") and titles. */
    private static List<Item> items(NormalizedText normalized, Lines lines, List<OpenItem> found, int end, Integer section,
                                    List<TextRange> footnotes) {
        String text = normalized.text();
        Map<OpenItem, Integer> siblings = new HashMap<>();
        int topCount = 0;
        for (int k = 0; k < found.size(); k++) {
            OpenItem o = found.get(k);
            int next = end;
            for (int j = k + 1; j < found.size(); j++) {
                if (found.get(j).level <= o.level) {
                    next = lines.get(found.get(j).lineIndex).start();
                    break;
                }
            }
            o.end = contentEnd(text, lines, o.start, next);
            o.position = o.parent == null ? ++topCount : siblings.merge(o.parent, 1, Integer::sum);
            if (o.label == null) {
                o.ordinal = null;
            } else if (o.style == ItemNumbers.Style.LETTER && o.parent != null) {
                o.ordinal = o.parent.ordinal == null ? null : o.parent.ordinal + "." + o.label;
            } else {
                o.ordinal = o.label;
            }
        }
        Set<Integer> itemLines = new HashSet<>();
        found.forEach(o -> itemLines.add(o.lineIndex));
        List<Item> out = new ArrayList<>();
        for (OpenItem o : found) {
            ItemTitles.Title title = ItemTitles.of(text, lines, o.lineIndex, o.textStart, o.end, o.bold, itemLines);
            Span titleSpan = title == null ? null : normalized.span(title.start(), title.end());
            List<Span> evidence = Footnotes.outside(text, footnotes, o.start, o.end).stream()
                    .map(r -> normalized.span(r.start(), r.end())).toList();
            out.add(new Item(o.ordinal, o.level, o.position, title == null ? null : title.text(),
                    o.parent == null ? null : o.parent.ordinal, section, titleSpan, normalized.trimmedSpan(o.start, o.end), evidence));
        }
        return out;
    }

    /** The end of the last words before {@code limit}: trailing blank lines and lone page numbers left out. */
    static int contentEnd(String text, Lines lines, int start, int limit) {
        int line = lines.lineAt(Math.max(start, Math.min(limit, text.length()) - 1));
        if (limit > 0 && limit <= text.length() && lines.get(line).start() == limit) {
            line--;
        }
        for (int k = line; k >= 0; k--) {
            Line l = lines.get(k);
            if (l.end() <= start) {
                return start;
            }
            int e = Math.min(l.contentEnd(), limit);
            int s = Math.max(l.contentStart(), start);
            if (s < e && !(l.start() > start && VietText.isPageNumber(text.substring(s, e).strip()))) {
                return e;
            }
        }
        return start;
    }
}
