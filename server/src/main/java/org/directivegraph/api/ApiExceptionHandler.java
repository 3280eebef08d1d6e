package org.directivegraph.api;

import org.directivegraph.store.StoreNotWritableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Error answers of the API's controllers: {@code {status, error, message}} or an HTML page, never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final UploadLimitAdvice uploadLimit;

    public ApiExceptionHandler(UploadLimitAdvice uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<String> api(ApiException e, HttpServletRequest request) {
        return ErrorAnswer.of(e.status(), e.getMessage(), accept(request));
    }

    /** The store cannot take the write: 507 when space is short, 503 when it is read-only or faulted. */
    @ExceptionHandler(StoreNotWritableException.class)
    public ResponseEntity<String> notWritable(StoreNotWritableException e, HttpServletRequest request) {
        HttpStatus status = e.reason() == StoreNotWritableException.Reason.NO_SPACE ? HttpStatus.INSUFFICIENT_STORAGE
                : HttpStatus.SERVICE_UNAVAILABLE;
        log.warn("Write refused: {}", e.getMessage());
        return ErrorAnswer.of(status, "nothing of this request was stored: " + e.getMessage(), accept(request));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    public ResponseEntity<String> missingPart(MissingServletRequestPartException e,
                                              HttpServletRequest request) {
        return ErrorAnswer.of(HttpStatus.BAD_REQUEST, "the multipart field '" + e.getRequestPartName() + "' is missing: send the file in it", accept(request));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<String> missingParameter(MissingServletRequestParameterException e,
                                                   HttpServletRequest request) {
        return ErrorAnswer.of(HttpStatus.BAD_REQUEST, "the parameter '" + e.getParameterName() + "' is missing", accept(request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<String> mismatch(MethodArgumentTypeMismatchException e,
                                           HttpServletRequest request) {
        String expected = e.getRequiredType() == boolean.class || e.getRequiredType() == Boolean.class ? "true or false"
                : e.getRequiredType() == null ? "another value" : "a " + e.getRequiredType().getSimpleName();
        return ErrorAnswer.of(HttpStatus.BAD_REQUEST, "the parameter '" + e.getName() + "' must be " + expected + ", not '" + e.getValue() + "'", accept(request));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<String> tooLarge(MaxUploadSizeExceededException e,
                                           HttpServletRequest request) {
        return uploadLimit.tooLarge(e, request);
    }

    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<String> multipart(MultipartException e, HttpServletRequest request) {
        return ErrorAnswer.of(HttpStatus.BAD_REQUEST, "the upload is not a readable multipart/form-data request: send the file in the field 'file'", accept(request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<String> mediaType(HttpMediaTypeNotSupportedException e,
                                            HttpServletRequest request) {
        return ErrorAnswer.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "cannot read " + e.getContentType() + ": send multipart/form-data with the file in the field 'file'", accept(request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<String> method(HttpRequestMethodNotSupportedException e,
                                         HttpServletRequest request) {
        return ErrorAnswer.of(HttpStatus.METHOD_NOT_ALLOWED, e.getMethod() + " is not allowed here", accept(request));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error in the API", e);
        return ErrorAnswer.of(HttpStatus.INTERNAL_SERVER_ERROR, "the server failed to handle the request; nothing was stored", accept(request));
    }

    private static String accept(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT);
    }
}
