package org.directivegraph.api;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** Reads a request body up to the upload limit ({@code directivegraph.upload.max-file-size}). */
final class UploadLimit {

    private UploadLimit() {
    }

    /** The message of a 413 answer. */
    static String tooLarge(DataSize limit) {
        return "the upload is larger than the limit of " + describe(limit)
                + " (an operator can raise it with directivegraph.upload.max-file-size)";
    }

    /** {@code 20 MB}, {@code 512 KB} or bytes. */
    static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }

    /**
     * The whole body, refusing more than {@code limit} bytes (413) and an empty body (400).
     *
     * @param declaredLength the Content-Length, or -1
     */
    static byte[] read(InputStream in, long declaredLength, DataSize limit) throws IOException {
        long max = limit.toBytes();
        if (declaredLength > max) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, tooLarge(limit));
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, tooLarge(limit));
        }
        if (bytes.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the body is empty: send the RDF to validate");
        }
        return bytes;
    }
}
