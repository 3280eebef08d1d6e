package org.directivegraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers of every answer: nothing may be loaded from another origin (the pages and the
 * SPARQL editor are served by the application itself), no page may be framed, content types are not sniffed,
 * no referrer leaves the site. Inline scripts and styles stay allowed because the pages and YASGUI use them;
 * what keeps them safe is that every value from a document or a request is escaped.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /** The content security policy of every answer. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
            + " style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; connect-src 'self';"
            + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
