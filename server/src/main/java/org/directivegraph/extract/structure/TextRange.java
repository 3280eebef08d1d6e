package org.directivegraph.extract.structure;

/** A range {@code [start, end)} of a {@link NormalizedText}. */
record TextRange(int start, int end) {
}
