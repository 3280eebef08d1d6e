/**
 * Who may write over HTTP. {@link org.directivegraph.security.WriteAccessFilter} asks for HTTP Basic credentials
 * on every write request ({@link org.directivegraph.security.WriteRequests} says which requests write) and checks
 * them against the configured writers' BCrypt hashes ({@link org.directivegraph.security.Writers});
 * {@link org.directivegraph.security.FailureThrottle} slows down a client that keeps sending wrong credentials.
 * Reads need no credentials. With no writer configured, writing is closed. Credentials are never logged.
 */
package org.directivegraph.security;
