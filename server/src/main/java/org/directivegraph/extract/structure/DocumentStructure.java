package org.directivegraph.extract.structure;

import java.util.List;

/**
 * The sections of a document's body, all their numbered items, and the tasks among them.
 *
 * @param sections the Roman-numeral sections, in order
 * @param items    every numbered item and sub-item of every section, in document order
 * @param tasks    the items of the sections of kind content (all items when there are no sections)
 */
public record DocumentStructure(List<Section> sections, List<Item> items, List<Task> tasks) {

    /** Copies the lists. */
    public DocumentStructure {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        tasks = List.copyOf(tasks);
    }

    /** The items of one section, in order. */
    public List<Item> itemsOf(Section section) {
        return items.stream().filter(i -> Integer.valueOf(section.position()).equals(i.sectionPosition())).toList();
    }

    /** The tasks of one section, in order. */
    public List<Task> tasksOf(Section section) {
        return tasks.stream().filter(t -> Integer.valueOf(section.position()).equals(t.sectionPosition())).toList();
    }
}
