package org.directivegraph.search;

import java.util.List;
import java.util.Map;

/**
 * One thing the search index holds, as read from the store.
 *
 * @param iri     the IRI of the document, unit, body or task
 * @param kind    what it is
 * @param owner   the document it belongs to (the document itself, or a task's document), or {@code null} for
 *                units and bodies: entries are replaced per owner when a document is ingested or deleted
 * @param label   the text to show as the hit's title
 * @param context a line that places it (a unit's parents, a task's document), or the empty string
 * @param parent  the IRI of the task's document or the unit's parent unit, or {@code null}
 * @param number  the number and symbol of a document ("33/CT-TTg"), or the empty string
 * @param text    every searchable text of it, one value per line (also what snippets are cut from)
 * @param facets  facet values by facet name ({@link SearchIndex#LEVEL} …): key (an IRI or a year) and label
 */
public record SearchEntry(String iri, Kind kind, String owner, String label, String context, String parent,
                          String number, String text, Map<String, FacetValue> facets) {

    /** The kinds of things searched. */
    public enum Kind {
        /** A document (a Central directive, a plan …). */
        DOCUMENT,
        /** An administrative unit. */
        UNIT,
        /** A body (a People's Committee, a department …). */
        BODY,
        /** A task of a document. */
        TASK
    }

    /** A facet value: its key (an IRI, or a year) and the label to show. */
    public record FacetValue(String key, String label) {
    }

    public SearchEntry {
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        context = context == null ? "" : context;
        number = number == null ? "" : number;
    }

    /** Joins non-blank texts with new lines. */
    static String lines(List<String> parts) {
        return String.join("\n", parts.stream().filter(p -> p != null && !p.isBlank()).distinct().toList());
    }
}
