package org.directivegraph.extract.structure;

import java.util.List;

import org.directivegraph.extract.Span;

/**
 * A numbered item of a section ("1. …", "a) …", "1.1. …"), whatever the section: purposes, indicators
 * ("1. 100% cán bộ …"), organisation ("1. Văn phòng UBND phường", "a) Phòng Nội vụ"). The items of
 * sections of kind content are also the {@link Task}s.
 *
 * @param ordinal         the item's number with its parents' ("2", "2.a", "1.1"); null when the number was
 *                        lost in conversion
 * @param level           1 for the items of a section, 2 for their sub-items, …
 * @param position        1-based position among the items with the same parent in the section
 * @param title           the bold heading of the item, else its first sentence, lines joined, Markdown removed
 * @param parentOrdinal   the ordinal of the item this one is a sub-item of, or null
 * @param sectionPosition the position of the section, or null when the document has no sections
 * @param titleSpan       where the title was read
 * @param span            the whole item, from its number to the next item of the same or a higher level
 * @param evidence        the item's text as one or more spans: {@code span} without the footnotes that
 *                        conversion spliced into it (one span when there are none)
 */
public record Item(String ordinal, int level, int position, String title, String parentOrdinal,
                   Integer sectionPosition, Span titleSpan, Span span, List<Span> evidence) {

    /** Copies the list. */
    public Item {
        evidence = List.copyOf(evidence);
    }
}
