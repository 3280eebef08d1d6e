/**
 * Source files to text: turns a plan as a user gives it (plain text, Markdown, Word .docx or .doc, PDF) into the
 * {@link org.directivegraph.extract.DocumentText} the extractor reads, safely and without surprises.
 *
 * <p>{@link org.directivegraph.extract.source.DocumentReader} is the entry point. It checks the size before it
 * reads anything, decides the format from the bytes rather than the file name, decodes text files strictly
 * (UTF-8, UTF-16 with a byte order mark, or Vietnamese Windows-1258) and keeps their text exactly, and converts
 * Word and PDF files through Apache Tika within a character and time budget
 * ({@link org.directivegraph.extract.source.DocumentReader.Limits}), after checking a zip container for bombs.
 * Converted text is put in Unicode NFC. Anything it cannot read safely is refused with an
 * {@link org.directivegraph.extract.source.UnreadableDocumentException}: a
 * {@link org.directivegraph.extract.source.UnreadableDocumentException.Reason} and an English message that names
 * the file and says what to do. {@link org.directivegraph.extract.source.ReadResult} tells how a file was read.
 *
 * <p>{@link org.directivegraph.extract.source.VietnameseCheck} then tells whether the text looks like Vietnamese
 * administrative prose, only Vietnamese, or another language, so that callers can warn or refuse.
 */
package org.directivegraph.extract.source;
