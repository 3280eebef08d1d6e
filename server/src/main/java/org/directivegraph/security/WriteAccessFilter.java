package org.directivegraph.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.directivegraph.api.ErrorAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a write request through only with a configured writer's HTTP Basic credentials. Answers 403 when no
 * writer is configured, 401 (with {@code WWW-Authenticate}) for missing or wrong credentials, and 429 (with
 * {@code Retry-After}) to an address that sent too many wrong ones. Read requests pass untouched. Logs name the
 * client address and the request, never the {@code Authorization} header, user name or password.
 */
public class WriteAccessFilter extends OncePerRequestFilter {

    /** The realm named in {@code WWW-Authenticate}. */
    public static final String REALM = "DirectiveGraph";

    /** The request attribute holding the user name of an authenticated writer. */
    public static final String WRITER_ATTRIBUTE = WriteAccessFilter.class.getName() + ".writer";

    static final String NO_WRITER = "writing is disabled: no writer is configured (set directivegraph.writers.NAME to a BCrypt hash;"
            + " make one with `java -jar directivegraph.jar hash-password`)";

    private static final Logger log = LoggerFactory.getLogger(WriteAccessFilter.class);

    private final Writers writers;
    private final FailureThrottle throttle;

    /** A filter checking against {@code writers}, slowing failures with {@code throttle}. */
    public WriteAccessFilter(Writers writers, FailureThrottle throttle) {
        this.writers = writers;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!WriteRequests.isWrite(request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!writers.any()) {
            ErrorAnswer.write(response, HttpStatus.FORBIDDEN, NO_WRITER, accept);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ErrorAnswer.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "too many wrong credentials from this address; try again in " + seconds + " s", accept);
            return;
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            challenge(response, "this request writes: send a writer's user name and password with HTTP Basic authentication", accept);
            return;
        }
        if (!writers.accepts(credentials.get())) {
            int failures = throttle.failed(address);
            log.warn("Wrong credentials for {} {} from {} ({} in the current window)", request.getMethod(), path, address, failures);
            challenge(response, "wrong user name or password", accept);
            return;
        }
        throttle.succeeded(address);
        request.setAttribute(WRITER_ATTRIBUTE, credentials.get().user());
        chain.doFilter(request, response);
    }

    private static void challenge(HttpServletResponse response, String message, String accept) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        ErrorAnswer.write(response, HttpStatus.UNAUTHORIZED, message, accept);
    }
}
