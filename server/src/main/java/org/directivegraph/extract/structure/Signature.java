package org.directivegraph.extract.structure;

import java.util.List;

import org.directivegraph.extract.Span;

/**
 * The signature block at the end of a document.
 *
 * @param capacities     codes of vocab/capacity in printed order (["tm", "kt"]); empty when the signer signs
 *                       in their own right
 * @param capacityLines  the capacity lines as printed, Markdown removed (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"])
 * @param onBehalfOfText the body after "TM." ("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN XÃ"), or null
 * @param position       the signer's position as printed ("PHÓ CHỦ TỊCH"), or null
 * @param name           the signer's name, or null when not printed
 * @param span           from the first line of the block to the name (or the position)
 */
public record Signature(List<String> capacities, List<String> capacityLines, String onBehalfOfText, String position,
                        String name, Span span) {

    /** Copies the lists. */
    public Signature {
        capacities = List.copyOf(capacities);
        capacityLines = List.copyOf(capacityLines);
    }
}
