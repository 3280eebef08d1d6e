package org.directivegraph.extract.structure;

/**
 * An item while the body is read: its number, where it starts, its parent; its end, position and ordinal
 * are set once all items of its section are known.
 */
final class OpenItem {

    final ItemNumbers.Style style;
    final int[] parts;
    /** The number as printed ("2", "1.3", "đ"); null when it was lost in conversion. */
    final String label;
    final int lineIndex;
    final int start;
    final int textStart;
    final boolean bold;
    final OpenItem parent;
    final int level;
    int position;
    String ordinal;
    int end;

    OpenItem(ItemNumbers.Style style, int[] parts, String label, int lineIndex, int start, int textStart, boolean bold,
             OpenItem parent) {
        this.style = style;
        this.parts = parts;
        this.label = label;
        this.lineIndex = lineIndex;
        this.start = start;
        this.textStart = textStart;
        this.bold = bold;
        this.parent = parent;
        this.level = parent == null ? 1 : parent.level + 1;
    }

    /** An item for a numbered line. */
    static OpenItem of(ItemNumbers.Candidate c, int lineIndex, OpenItem parent) {
        return new OpenItem(c.style(), c.parts(), c.label(), lineIndex, c.start(), c.textStart(), c.bold(), parent);
    }
}
