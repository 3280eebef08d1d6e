package org.directivegraph.api;

import org.directivegraph.server.DirectiveGraphProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A clear 413 for an upload over {@code directivegraph.upload.max-file-size}. Spring parses a multipart request
 * before it knows which controller it is for, so this one handler applies to every controller; it handles nothing
 * else.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UploadLimitAdvice {

    private final DirectiveGraphProperties properties;

    public UploadLimitAdvice(DirectiveGraphProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<String> tooLarge(MaxUploadSizeExceededException e,
                                           HttpServletRequest request) {
        return ErrorAnswer.of(HttpStatus.CONTENT_TOO_LARGE, UploadLimit.tooLarge(properties.getUpload().getMaxFileSize()), accept(request));
    }

    private static String accept(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT);
    }
}
