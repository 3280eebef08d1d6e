package org.directivegraph.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.directivegraph.store.GraphNames;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * The published JSON-LD context: readable field names ({@code title}, {@code number}, {@code issued},
 * {@code issuer}, {@code implements}, {@code tasks}, {@code label} as a language map …) for the DirectiveGraph
 * terms. Each version is a file packaged under {@code publish/} and served at {@code /context/{version}.jsonld}
 * (IRI {@code https://w3id.org/directivegraph/context/{version}.jsonld}); {@code /context.jsonld} is the current
 * one. A version never changes once published: a new field means a new version.
 *
 * <p>{@link #loader()} serves the packaged versions to the JSON-LD processor, so nothing is fetched from the
 * internet, and refuses any other URL.
 */
public final class JsonLdContext {

    /** The current version. */
    public static final String CURRENT = "2026-11-23";

    /** Every published version: 2026-11-23 added the fields of the validation record. */
    private static final Map<String, String> VERSIONS = Map.of("2026-11-22", load("2026-11-22"), CURRENT, load(CURRENT));

    private JsonLdContext() {
    }

    /** The IRI of a version of the context. */
    public static String iri(String version) {
        return GraphNames.BASE + "context/" + version + ".jsonld";
    }

    /** The IRI of the current context. */
    public static String currentIri() {
        return iri(CURRENT);
    }

    /** The text of a published version, or null if there is no such version. */
    public static String text(String version) {
        return VERSIONS.get(version);
    }

    /** A document loader that serves the packaged context versions and nothing else. */
    public static DocumentLoader loader() {
        return JsonLdContext::loadDocument;
    }

    private static Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String s = url.toString();
        for (Map.Entry<String, String> v : VERSIONS.entrySet()) {
            if (s.equals(iri(v.getKey()))) {
                JsonDocument doc = JsonDocument.of(new StringReader(v.getValue()));
                doc.setDocumentUrl(url);
                return doc;
            }
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "only the DirectiveGraph contexts are loaded, not " + s);
    }

    private static String load(String version) {
        String path = "publish/context-" + version + ".jsonld";
        try (InputStream in = JsonLdContext.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing packaged context " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
