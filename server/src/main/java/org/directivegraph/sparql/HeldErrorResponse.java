package org.directivegraph.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that holds back errors: the answer is buffered (up to {@link #BUFFER} bytes), and when the engine
 * sets an error status before that much was sent (a timeout while rows were being written, say) whatever was
 * written is dropped and the engine's error message is kept aside, so the guard can answer with one clean
 * error instead of a half-written result. Answers larger than the buffer stream as usual.
 */
final class HeldErrorResponse extends HttpServletResponseWrapper {

    /** How much of an answer is held before it starts streaming. */
    static final int BUFFER = 2 * 1024 * 1024;

    private int errorStatus;
    private final ByteArrayOutputStream errorBody = new ByteArrayOutputStream();

    HeldErrorResponse(HttpServletResponse response) {
        super(response);
        response.setBufferSize(BUFFER);
    }

    /** The error status the engine set, or 0. */
    int errorStatus() {
        return errorStatus;
    }

    /** The engine's error message. */
    String errorMessage() {
        return errorBody.toString(StandardCharsets.UTF_8).strip();
    }

    @Override
    public void setStatus(int sc) {
        if (sc >= 400 && !isCommitted()) {
            errorStatus = sc;
            resetBuffer();
            return;
        }
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
        setStatus(sc);
        if (errorStatus != 0 && msg != null) {
            errorBody.writeBytes(msg.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void sendError(int sc) {
        setStatus(sc);
    }

    @Override
    public void setContentLength(int len) {
        if (errorStatus == 0) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (errorStatus == 0) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (errorStatus == 0) {
            return super.getOutputStream();
        }
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                errorBody.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (errorStatus == 0) {
            return super.getWriter();
        }
        return new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
    }

    @Override
    public void flushBuffer() throws IOException {
        if (errorStatus == 0) {
            super.flushBuffer();
        }
    }
}
