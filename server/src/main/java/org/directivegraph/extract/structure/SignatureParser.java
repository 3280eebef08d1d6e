package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.directivegraph.extract.DocumentText;

/**
 * Reads the signature block: capacity lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL.", "TUQ.", "Q."),
 * then the position ("PHÓ CHỦ TỊCH"), then the signer's name, after the recipients or beside them
 * ({@link TailLayout}). Bold marks are removed. Only the first block is read.
 */
public final class SignatureParser {

    /**
     * The most lines a position is printed on ("PHÓ CHỦ TỊCH" / "THƯỜNG TRỰC"); more lines in capitals after it are
     * not the position, and joining them all would cost the square of their number.
     */
    static final int MAX_POSITION_LINES = 4;

    private SignatureParser() {
    }

    /** Reads the signature of a document, or empty when there is no capacity and no position. */
    public static Optional<Signature> parse(DocumentText document) {
        return read(NormalizedText.of(document));
    }

    /** Reads the signature of a normalised text. */
    public static Optional<Signature> read(NormalizedText normalized) {
        String text = normalized.text();
        TailLayout tail = TailLayout.of(text, Lines.of(text));
        List<String> capacities = new ArrayList<>();
        List<String> capacityLines = new ArrayList<>();
        String onBehalfOf = null;
        String position = null;
        int positionLines = 0;
        String name = null;
        int start = -1;
        int end = -1;
        TailLayout.Kind previous = null;
        for (TailLayout.Fragment f : tail.fragments()) {
            switch (f.kind()) {
                case CAPACITY -> {
                    if (position != null) {
                        break;
                    }
                    capacities.add(f.capacity());
                    capacityLines.add(f.words());
                    if ("tm".equals(f.capacity()) && onBehalfOf == null) {
                        onBehalfOf = afterCapacity(f.words());
                    }
                    start = start < 0 ? f.start() : start;
                    end = f.end();
                }
                case BODY_MORE -> {
                    if (onBehalfOf != null && previous == TailLayout.Kind.CAPACITY) {
                        onBehalfOf = onBehalfOf + " " + f.words();
                        capacityLines.set(capacityLines.size() - 1, capacityLines.get(capacityLines.size() - 1) + " " + f.words());
                        end = f.end();
                    }
                }
                case POSITION -> {
                    if (position == null) {
                        position = f.words();
                        positionLines = 1;
                    } else if (previous == TailLayout.Kind.POSITION && name == null && positionLines < MAX_POSITION_LINES) {
                        position = position + " " + f.words();
                        positionLines++;
                    } else {
                        break;
                    }
                    start = start < 0 ? f.start() : start;
                    end = f.end();
                }
                case NAME -> {
                    if (name == null && (position != null || !capacities.isEmpty())) {
                        name = f.words();
                        end = f.end();
                    }
                }
                default -> {
                }
            }
            if (f.kind() != TailLayout.Kind.RECIPIENT && f.kind() != TailLayout.Kind.NOTE
                    && f.kind() != TailLayout.Kind.CONTINUATION && f.kind() != TailLayout.Kind.OTHER) {
                previous = f.kind();
            }
            if (name != null) {
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        return Optional.of(new Signature(capacities, capacityLines, onBehalfOf, position, name,
                normalized.trimmedSpan(start, end)));
    }

    private static String afterCapacity(String words) {
        int i = 0;
        while (i < words.length() && !Character.isWhitespace(words.charAt(i)) && words.charAt(i) != '.') {
            i++;
        }
        while (i < words.length() && (words.charAt(i) == '.' || Character.isWhitespace(words.charAt(i)))) {
            i++;
        }
        String rest = words.substring(i).strip();
        return rest.isEmpty() ? null : rest;
    }
}
