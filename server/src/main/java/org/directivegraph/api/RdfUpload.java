package org.directivegraph.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.directivegraph.store.GraphNames;

/**
 * Parses uploaded RDF safely into one graph (the quads of TriG and N-Quads are merged): the syntax comes from the
 * content type or the file name, syntax errors become a message with line and column, RDF/XML that declares an
 * external entity or DTD is refused ({@link XmlExternals}; Jena's XML input would resolve none anyway), Turtle, TriG
 * and JSON-LD nested deeper than {@link NestingLimit#MAX_DEPTH} levels are refused before the (recursive) parsers
 * see them, and JSON-LD fetches no remote {@code @context}.
 * Relative IRIs resolve against {@value #BASE}.
 */
public final class RdfUpload {

    /** The base IRI of uploads. */
    public static final String BASE = GraphNames.BASE + "id/";

    /** The syntaxes accepted, the first content type of each being its name. */
    public static final List<Lang> ACCEPTED = List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML, Lang.TRIG, Lang.NQUADS);

    /** Uploaded RDF that cannot be parsed; the message says where and why. */
    public static final class SyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    /** A parsed upload: the graph and the parser's warnings. */
    public record Parsed(Graph graph, List<String> warnings) {
    }

    private RdfUpload() {
    }

    /** The syntax of a content type ({@code text/turtle; charset=utf-8}), if accepted. */
    public static Optional<Lang> byContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("text/plain")) {
            return Optional.empty(); // Jena reads it as N-Triples, but a plain text is more likely a document
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        return Optional.ofNullable(lang).filter(ACCEPTED::contains);
    }

    /** The syntax a file name's extension says ({@code .ttl}, {@code .nt}, {@code .jsonld}, {@code .rdf}, {@code .trig}, {@code .nq}). */
    public static Optional<Lang> byFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Optional.empty();
        }
        Lang lang = RDFLanguages.filenameToLang(fileName.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(lang).filter(ACCEPTED::contains);
    }

    /** The accepted content types, for a 415 message. */
    public static String acceptedContentTypes() {
        return ACCEPTED.stream().map(l -> l.getHeaderString()).collect(Collectors.joining(", "));
    }

    /** The accepted file extensions, for a message. */
    public static String acceptedExtensions() {
        return ACCEPTED.stream().map(l -> "." + l.getFileExtensions().get(0)).collect(Collectors.joining(", "));
    }

    /**
     * Parses {@code bytes} in {@code lang}.
     *
     * @throws SyntaxException when the bytes are not valid in that syntax (with line and column when known), a
     *     JSON-LD document names a remote context, RDF/XML declares an external entity, or the nesting is too deep
     */
    public static Parsed parse(byte[] bytes, Lang lang) {
        NestingLimit.tooDeep(bytes, lang, NestingLimit.MAX_DEPTH).ifPresent(why -> {
            throw new SyntaxException("not read as " + lang.getLabel() + ": " + why);
        });
        if (lang.equals(Lang.RDFXML)) {
            XmlExternals.external(bytes).ifPresent(why -> {
                throw new SyntaxException("not read as RDF/XML: " + why);
            });
        }
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<URI> refusedContext = new AtomicReference<>();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Context context = new Context();
        if (lang.equals(Lang.JSONLD)) {
            context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(new NoRemoteDocuments(refusedContext)));
        }
        try {
            RDFParser.create().source(new ByteArrayInputStream(bytes)).lang(lang).base(BASE).context(context)
                    .errorHandler(new Collecting(warnings)).parse(StreamRDFLib.dataset(dsg));
        } catch (RiotParseException e) {
            throw new SyntaxException(refusal(refusedContext, at(e.getLine(), e.getCol()) + e.getOriginalMessage(), lang));
        } catch (RiotException e) {
            throw new SyntaxException(refusal(refusedContext, e.getMessage(), lang));
        } catch (RuntimeException e) {
            // parsers may throw their own exceptions on hostile input: report the message, not a 500
            throw new SyntaxException(refusal(refusedContext, String.valueOf(e.getMessage()), lang));
        } catch (StackOverflowError e) {
            // a nesting the depth check does not see (RDF/XML elements): the parse is abandoned with its local dataset
            throw new SyntaxException("not read as " + lang.getLabel() + ": it is nested too deeply to be read; flatten it");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> graph.add(q.asTriple()));
        return new Parsed(graph, List.copyOf(warnings));
    }

    private static String refusal(AtomicReference<URI> refusedContext, String message, Lang lang) {
        if (refusedContext.get() != null) {
            return "the JSON-LD names a remote context (" + refusedContext.get() + "); remote contexts are not fetched:"
                    + " put the context inline in the document";
        }
        return "not valid " + lang.getLabel() + ": " + message;
    }

    private static String at(long line, long col) {
        if (line < 0) {
            return "";
        }
        return "line " + line + (col < 0 ? "" : ", column " + col) + ": ";
    }

    /** Turns parser errors into {@link RiotParseException}s with line and column; keeps warnings. */
    private record Collecting(List<String> warnings) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            if (warnings.size() < 50) {
                warnings.add(at(line, col) + message);
            }
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    }

    /** A JSON-LD document loader that loads nothing: remote (and local) contexts are refused. */
    private record NoRemoteDocuments(AtomicReference<URI> refused) implements DocumentLoader {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            refused.compareAndSet(null, url);
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "remote contexts are not fetched: " + url);
        }
    }
}
