package org.directivegraph.ingest;

import java.util.Arrays;

/**
 * Turns Java char indexes of a text into code-point offsets, the unit of evidence offsets in the graph, in
 * logarithmic time: the positions of the second halves of surrogate pairs are found once, and the offset of a
 * char index is that index less the pairs that end before it. (Counting code points from the start for every
 * span costs the length of the text per span, the square of it for a text of thousands of facts.)
 */
final class CodePoints {

    /** The char index of the low surrogate of every pair, ascending. */
    private final int[] pairEnds;

    CodePoints(String text) {
        int[] found = new int[16];
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i++; // a pair's low half cannot start another pair
            }
        }
        this.pairEnds = Arrays.copyOf(found, count);
    }

    /** The code-point offset of char index {@code charIndex}: {@code text.codePointCount(0, charIndex)}. */
    int offset(int charIndex) {
        int k = Arrays.binarySearch(pairEnds, charIndex);
        int before = k >= 0 ? k : -k - 1; // pairs whose low half lies before charIndex
        return charIndex - before;
    }
}
