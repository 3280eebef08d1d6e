package org.directivegraph.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.riot.Lang;
import org.directivegraph.server.DirectiveGraphProperties;
import org.directivegraph.store.GraphStore;
import org.directivegraph.validate.PlanShapes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/validate}: RDF in the body (syntax by {@code Content-Type}) or as a multipart file (syntax by
 * its extension), validated against the shapes with the store as context; nothing is stored.
 */
@RestController
public class ValidateController {

    private static final AnswerFormat[] OFFERED = {AnswerFormat.JSON, AnswerFormat.TURTLE, AnswerFormat.JSONLD, AnswerFormat.HTML};

    private final UploadValidation validation;
    private final DirectiveGraphProperties properties;

    public ValidateController(GraphStore store, DirectiveGraphProperties properties) {
        this.validation = new UploadValidation(store, PlanShapes.packaged());
        this.properties = properties;
    }

    /** RDF as the request body. */
    @PostMapping("/api/validate")
    public ResponseEntity<String> validateBody(HttpServletRequest request,
                                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        String contentType = request.getContentType();
        Lang lang = RdfUpload.byContentType(contentType).orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                (contentType == null ? "no Content-Type given" : "cannot validate " + contentType)
                        + ": send RDF as one of " + RdfUpload.acceptedContentTypes() + ", or a multipart file field 'file'"));
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = UploadLimit.read(in, request.getContentLengthLong(), properties.getUpload().getMaxFileSize());
        }
        return answer(body, lang, "The request body", accept);
    }

    /** RDF as a multipart file named by its extension. */
    @PostMapping(path = "/api/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<String> validateFile(@RequestParam("file") MultipartFile file,
                                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        Lang lang = RdfUpload.byFileName(name).or(() -> RdfUpload.byContentType(file.getContentType()))
                .orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "cannot tell the RDF syntax of '" + name
                        + "': name the file with one of " + RdfUpload.acceptedExtensions()));
        if (file.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the file '" + name + "' is empty: send the RDF to validate");
        }
        byte[] body;
        try (InputStream in = file.getInputStream()) {
            body = UploadLimit.read(in, file.getSize(), properties.getUpload().getMaxFileSize());
        }
        return answer(body, lang, name, accept);
    }

    private ResponseEntity<String> answer(byte[] body, Lang lang, String name, String accept) {
        AnswerFormat format = AnswerFormat.negotiate(accept, OFFERED);
        RdfUpload.Parsed parsed;
        try {
            parsed = RdfUpload.parse(body, lang);
        } catch (RdfUpload.SyntaxException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (parsed.graph().isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, name + " holds no triple: nothing to validate");
        }
        return ValidationAnswer.of(validation.validate(parsed.graph()), parsed, name, format);
    }
}
