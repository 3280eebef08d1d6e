package org.directivegraph.extract.structure;

import org.directivegraph.extract.Span;

/**
 * One line of the recipients list (Nơi nhận).
 *
 * @param recipientText the recipient as written, without the bullet, the trailing ';' or '.' and the purpose
 *                      note, whitespace collapsed ("UBND huyện Bình Giang", "Lưu VP")
 * @param note          the purpose note as written ("(B/cáo)", "(Để B/c)", "để biết"), or null
 * @param purposeCode   the code of vocab/recipient-purpose the note gives (report, coordinate, know, implement),
 *                      {@code archive} for "Lưu …", or null
 * @param position      1-based position in the list
 * @param span          the line, from the bullet to the end of the note
 */
public record Recipient(String recipientText, String note, String purposeCode, int position, Span span) {
}
