package org.directivegraph.publish;

import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.directivegraph.server.DirectiveGraphProperties;
import org.directivegraph.store.GraphStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The dataset as a whole: its VoID/DCAT description ({@code /dataset}, {@code /.well-known/void}), the gzip
 * N-Quads dump streamed from the store, and the published JSON-LD contexts.
 */
@RestController
public class DatasetController {

    private final Publisher publisher;
    private final GraphStore store;
    private final DirectiveGraphProperties properties;

    public DatasetController(Publisher publisher, GraphStore store, DirectiveGraphProperties properties) {
        this.publisher = publisher;
        this.store = store;
        this.properties = properties;
    }

    /** The VoID and DCAT description. */
    @GetMapping({"/dataset", "/dataset.{ext}", "/.well-known/void", "/.well-known/void.{ext}"})
    public ResponseEntity<String> dataset(HttpServletRequest request, @RequestParam(required = false) String format,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String publicUrl = publicUrl();
        return Responses.answer(LinkedDataController.pathOf(request), format, accept,
                base -> Optional.of(publisher.dataset(publicUrl, base)));
    }

    /** Every quad of the store as gzip N-Quads, streamed as it is read. */
    @GetMapping(DatasetDescription.DUMP_PATH)
    public ResponseEntity<StreamingResponseBody> dump() {
        StreamingResponseBody body = out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(nonClosing(out), 1 << 16) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_SPEED);
                }
            };
            store.dump(gzip);
            gzip.finish();
            gzip.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/gzip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"directivegraph.nq.gz\"")
                .body(body);
    }

    /** The current JSON-LD context. */
    @GetMapping("/context.jsonld")
    public ResponseEntity<String> currentContext() {
        return context(JsonLdContext.CURRENT + ".jsonld");
    }

    /** A published version of the JSON-LD context, {@code /context/{version}.jsonld}. */
    @GetMapping("/context/{file}")
    public ResponseEntity<String> context(@PathVariable String file) {
        String version = file.endsWith(".jsonld") ? file.substring(0, file.length() - ".jsonld".length()) : file;
        String text = JsonLdContext.text(version);
        if (text == null) {
            return Responses.plain(HttpStatus.NOT_FOUND, "No JSON-LD context version '" + version + "'; the current one is "
                    + "/context/" + JsonLdContext.CURRENT + ".jsonld.");
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/ld+json")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").body(text);
    }

    private String publicUrl() {
        String configured = properties.getPublicUrl();
        String url = configured == null || configured.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : configured;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
    }
}
