package org.directivegraph.extract.structure;

import java.util.List;

import org.directivegraph.extract.Span;

/**
 * A task: a numbered item (or sub-item) of a section of kind content ("II. NHIỆM VỤ", "II. NỘI DUNG"),
 * or of the whole body when the document has no sections. Bullets are the text of their task. A first item
 * whose number was lost in conversion is a task with a position and no ordinal. Fields as in {@link Item}.
 *
 * @param ordinal         "2", "2.a"; null when the number was lost
 * @param level           1 for items, 2 for sub-items, …
 * @param position        1-based position among the tasks with the same parent in the section
 * @param title           the bold heading, else the first sentence
 * @param parentOrdinal   the ordinal of the parent task, or null
 * @param sectionPosition the position of the section, or null when the document has no sections
 * @param titleSpan       where the title was read
 * @param span            the whole item
 * @param evidence        {@code span} without spliced footnotes
 */
public record Task(String ordinal, int level, int position, String title, String parentOrdinal,
                   Integer sectionPosition, Span titleSpan, Span span, List<Span> evidence) {

    /** Copies the list. */
    public Task {
        evidence = List.copyOf(evidence);
    }

    /** The task of an item. */
    public static Task of(Item item) {
        return new Task(item.ordinal(), item.level(), item.position(), item.title(), item.parentOrdinal(),
                item.sectionPosition(), item.titleSpan(), item.span(), item.evidence());
    }
}
