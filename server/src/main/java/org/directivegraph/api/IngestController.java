package org.directivegraph.api;

import java.io.IOException;
import java.io.InputStream;

import org.directivegraph.ingest.Ingester;
import org.directivegraph.store.DocumentsChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/ingest}: a document file (multipart field {@code file}) is read, extracted and validated, and
 * stored when {@code commit=true} (writers only; see {@code docs/api.md}).
 */
@RestController
public class IngestController {

    private final ObjectProvider<Ingester> ingester;
    private final ApplicationEventPublisher events;

    public IngestController(ObjectProvider<Ingester> ingester, ApplicationEventPublisher events) {
        this.ingester = ingester;
        this.events = events;
    }

    @PostMapping("/api/ingest")
    public ResponseEntity<String> ingest(@RequestParam("file") MultipartFile file,
                                         @RequestParam(name = "commit", defaultValue = "false") boolean commit,
                                         @RequestParam(name = "force", defaultValue = "false") boolean force,
                                         @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        AnswerFormat format = AnswerFormat.negotiate(accept, AnswerFormat.JSON, AnswerFormat.JSONLD, AnswerFormat.TURTLE, AnswerFormat.HTML);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        if (file.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, name + " is empty: send a document (txt, md, docx, doc or pdf)");
        }
        Ingester.Result result;
        try (InputStream in = file.getInputStream()) {
            result = ingester.getObject().ingest(name, in, force, commit);
        }
        if (result.stored()) {
            events.publishEvent(new DocumentsChanged(this, result.documentIri()));
        }
        return IngestAnswer.of(result, commit, format);
    }
}
