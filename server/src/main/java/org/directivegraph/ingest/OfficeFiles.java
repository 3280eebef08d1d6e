package org.directivegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.directivegraph.extract.DocumentText;
import org.xml.sax.SAXException;

/**
 * Reads Word (.docx, .doc), PDF, ODT and RTF plans through Apache Tika, which detects the real type from
 * the content: the plain text Tika gives, in Unicode NFC (Word and PDF often carry decomposed Vietnamese).
 * Damaged files, files without a text layer and overlong texts are refused with a message.
 */
final class OfficeFiles {

    /** The most characters read from one document. */
    static final int MAX_CHARS = 5_000_000;

    private OfficeFiles() {
    }

    static DocumentText read(Path file, String name) throws TextFiles.UnreadableFileException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (InputStream in = TikaInputStream.get(file)) {
            new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new TextFiles.UnreadableFileException(name + " has more than " + MAX_CHARS + " characters of text; a plan is far shorter");
            }
            throw damaged(name, e);
        } catch (TikaException | IOException | RuntimeException e) {
            throw damaged(name, e);
        }
        String text = Normalizer.normalize(handler.toString(), Normalizer.Form.NFC);
        if (text.isBlank()) {
            throw new TextFiles.UnreadableFileException(name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                    ? name + " has no text layer (a scanned image?): run OCR first, or save it as text"
                    : name + " has no text: it is empty, or not a real Word/ODT/RTF document; open and save it again");
        }
        return new DocumentText(name, text);
    }

    private static TextFiles.UnreadableFileException damaged(String name, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (why.length() > 160) {
            why = why.substring(0, 160) + "…";
        }
        return new TextFiles.UnreadableFileException(name + " is not a readable document (" + why
                + "): open and save it again, or convert it to PDF or text");
    }
}
