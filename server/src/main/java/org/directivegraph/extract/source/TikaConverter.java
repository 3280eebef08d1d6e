package org.directivegraph.extract.source;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXParseException;

/**
 * Converts Word (.docx, .doc) and PDF files to text with Apache Tika: the type is detected from the content
 * (never from the name), the text is parsed by {@link AutoDetectParser} into a {@link BodyContentHandler}
 * limited to the character budget, on a worker thread given the time budget, and put in Unicode NFC. Tika's
 * own defences stay on: POI's zip bomb check while unpacking, and the secure XML parsing that does not resolve
 * external entities.
 *
 * <p>A conversion that runs out of time is cancelled (its thread interrupted) and refused at once; a parser
 * stuck in a loop that ignores the interruption may go on for a while on its daemon thread, but nobody waits
 * for it.
 */
final class TikaConverter {

    private static final Set<String> WORD_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-word.template.macroenabled.12");

    private static final Map<String, String> OTHER_TYPES = Map.ofEntries(
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook (.xlsx)"),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", "an Excel workbook (.xlsm)"),
            Map.entry("application/vnd.ms-excel", "an Excel 97-2003 workbook (.xls)"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "a PowerPoint presentation (.pptx)"),
            Map.entry("application/vnd.ms-powerpoint", "a PowerPoint 97-2003 presentation (.ppt)"),
            Map.entry("application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)"),
            Map.entry("application/epub+zip", "an EPUB e-book"),
            Map.entry("application/vnd.ms-outlook", "an Outlook message (.msg)"),
            Map.entry("application/java-archive", "a Java archive"),
            Map.entry("application/vnd.visio", "a Visio drawing"));

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "document-reader-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    /** Tika, loaded once: its configuration is slow to build, the detector and parser are thread-safe. */
    private static final class Tika {
        static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
        static final Detector DETECTOR = CONFIG.getDetector();
        static final AutoDetectParser PARSER = new AutoDetectParser(CONFIG);
    }

    /** Converted text and what was learnt on the way. */
    record Converted(String text, SourceFormat format, String mediaType, boolean normalizedToNfc, List<String> notes) {
    }

    private TikaConverter() {
    }

    /**
     * Converts a Word or PDF file.
     *
     * @param kind what the sniffer saw: {@code PDF}, {@code ZIP} or {@code OLE2}
     * @param zipEntries the entries of a zip container, already inspected; empty otherwise
     */
    static Converted convert(String name, byte[] bytes, ContentSniffer.Kind kind, List<ZipInspector.Entry> zipEntries,
            DocumentReader.Limits limits) throws UnreadableDocumentException {
        SourceFormat likely = switch (kind) {
            case PDF -> SourceFormat.PDF;
            case OLE2 -> SourceFormat.DOC;
            default -> SourceFormat.DOCX;
        };
        Future<Converted> task = WORKERS.submit(() -> run(name, bytes, kind, zipEntries, limits.maxChars()));
        try {
            return task.get(limits.maxConversionTime().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw Messages.timeout(name, likely, limits.maxConversionTime());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TIMEOUT, name,
                    "reading " + name + " was interrupted before it was converted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException u) {
                throw u;
            }
            if (cause instanceof Error error && !(cause instanceof StackOverflowError)) {
                throw error;
            }
            throw refusal(name, likely, cause, limits.maxChars());
        }
    }

    private static Converted run(String name, byte[] bytes, ContentSniffer.Kind kind, List<ZipInspector.Entry> zipEntries, int maxChars)
            throws UnreadableDocumentException {
        String mediaType = kind == ContentSniffer.Kind.PDF ? "application/pdf" : detect(name, bytes, kind);
        SourceFormat format = formatOf(name, mediaType, kind, zipEntries);
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        try (InputStream in = TikaInputStream.get(bytes)) {
            Tika.PARSER.parse(in, handler, new Metadata(), new ParseContext());
        } catch (Exception | StackOverflowError e) {
            throw refusal(name, format, e, maxChars);
        }
        String text = handler.toString();
        if (format != SourceFormat.PDF) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (text.isBlank()) {
            throw Messages.noText(name, format);
        }
        if (undecodable(text)) {
            throw Messages.undecodableText(name, format);
        }
        List<String> notes = new ArrayList<>();
        boolean normalized = false;
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            notes.add("put in Unicode NFC: the " + (format == SourceFormat.PDF ? "PDF" : "document") + " carried decomposed letters ("
                    + Sizes.count(text.length() - nfc.length()) + " combining marks were joined to their letters)");
            text = nfc;
            normalized = true;
        }
        return new Converted(text, format, mediaType, normalized, notes);
    }

    private static String detect(String name, byte[] bytes, ContentSniffer.Kind kind) throws UnreadableDocumentException {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return Tika.DETECTOR.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            throw Messages.damaged(name, kind == ContentSniffer.Kind.OLE2 ? SourceFormat.DOC : SourceFormat.DOCX, kind == ContentSniffer.Kind.ZIP,
                    detail(e), e);
        }
    }

    /** The format a detected media type is read as, or a refusal for the types that are not read. */
    private static SourceFormat formatOf(String name, String mediaType, ContentSniffer.Kind kind, List<ZipInspector.Entry> zipEntries)
            throws UnreadableDocumentException {
        String type = MediaType.parse(mediaType).getBaseType().toString().toLowerCase(Locale.ROOT);
        if (WORD_TYPES.contains(type)) {
            return SourceFormat.DOCX;
        }
        if (type.equals("application/msword")) {
            return SourceFormat.DOC;
        }
        if (type.equals("application/pdf")) {
            return SourceFormat.PDF;
        }
        if (type.equals("application/x-tika-ooxml-protected")) {
            throw Messages.encrypted(name, SourceFormat.DOCX, null);
        }
        if (type.equals("application/x-tika-msoffice") || type.equals("application/x-tika-ooxml")) {
            SourceFormat format = kind == ContentSniffer.Kind.OLE2 ? SourceFormat.DOC : SourceFormat.DOCX;
            throw Messages.damaged(name, format, false, "its inner structure is damaged, or of no kind of Office file known here", null);
        }
        if (kind == ContentSniffer.Kind.ZIP && zipEntries.stream().anyMatch(e -> e.name().equals("word/document.xml"))) {
            throw Messages.damaged(name, SourceFormat.DOCX, true, "its list of parts, [Content_Types].xml, is missing or damaged", null);
        }
        if (OTHER_TYPES.containsKey(type)) {
            throw Messages.unsupported(name, OTHER_TYPES.get(type));
        }
        if (kind == ContentSniffer.Kind.ZIP) {
            throw Messages.unsupported(name, "a zip archive that holds no Word document (" + Sizes.count(zipEntries.size()) + " entries)");
        }
        throw Messages.unsupported(name, "a file of type " + type);
    }

    /** The refusal for an exception of Tika or of a parser under it. */
    static UnreadableDocumentException refusal(String name, SourceFormat format, Throwable e, int maxChars) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return Messages.tooManyChars(name, maxChars);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.tika.exception.EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
                return Messages.encrypted(name, format, e);
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE, name, name
                        + " looks like a zip bomb: a part of it unpacks to far more than a document holds. It is not a real "
                        + format.description().replaceFirst("^an? ", "") + "; do not open it", e);
            }
        }
        return Messages.damaged(name, format, false, detail(e), e);
    }

    /** What went wrong, in a few words: the innermost message, shortened. */
    private static String detail(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ZipException || t instanceof java.io.EOFException) {
                return "the zip archive is damaged";
            }
            if (t instanceof SAXParseException) {
                String message = t.getMessage() == null ? "" : t.getMessage();
                return message.contains("DOCTYPE")
                        ? "its XML declares a DOCTYPE, which Word never writes: the file was made or changed by another program, maybe to attack"
                        : "its XML is malformed: " + shorten(message);
            }
            root = t;
        }
        if (e instanceof StackOverflowError) {
            return "its structure is nested too deeply";
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : shorten(message);
    }

    private static String shorten(String message) {
        String oneLine = message == null ? "" : message.replaceAll("\\s+", " ").strip().replaceAll("\\.$", "");
        return oneLine.length() <= 140 ? oneLine : oneLine.substring(0, 140) + "…";
    }

    /** Whether three in ten of the visible characters are replacement, private-use or control characters. */
    private static boolean undecodable(String text) {
        int visible = 0;
        int bad = 0;
        int n = Math.min(text.length(), 200_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE || (c < 0x20 && c != '\f')) {
                bad++;
            }
        }
        return visible >= 20 && bad * 10 >= visible * 3;
    }
}
