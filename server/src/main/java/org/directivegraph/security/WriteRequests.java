package org.directivegraph.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Which requests write: every PUT, DELETE and PATCH, and a POST to {@code /api/ingest}, {@code /api/documents/**},
 * {@code /update} or {@code /data/**}. Every other request reads (GET, HEAD, OPTIONS, a POST to {@code /sparql} or
 * {@code /api/validate}). Every request to {@code /api/backups/**} and {@code /api/restore}, a GET included, is
 * treated as a write: backups and restores are for the operators who may write. Paths are compared after removing {@code ;parameters}, decoding and resolving
 * {@code .} and {@code ..}, so that a spelling variant of a write path is still a write.
 */
public final class WriteRequests {

    private static final List<String> WRITE_POSTS = List.of("/api/ingest", "/api/documents", "/update", "/data");
    private static final List<String> WRITERS_ONLY = List.of("/api/backups", "/api/restore");

    private WriteRequests() {
    }

    /** Whether a request with this method and path (without the context path) writes. */
    public static boolean isWrite(String method, String path) {
        String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
        String normalized = normalize(path);
        if (WRITERS_ONLY.stream().anyMatch(w -> normalized.equals(w) || normalized.startsWith(w + "/"))) {
            return true;
        }
        switch (m) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> {
                return false;
            }
            case "POST" -> {
                String p = normalize(path);
                return WRITE_POSTS.stream().anyMatch(w -> p.equals(w) || p.startsWith(w + "/"));
            }
            default -> {
                return true; // PUT, DELETE, PATCH and any unknown method
            }
        }
    }

    /** The path with {@code ;params} removed, percent-decoded, {@code //}, {@code .} and {@code ..} resolved, lower case. */
    static String normalize(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String raw : path.split("/")) {
            int semicolon = raw.indexOf(';');
            String s = semicolon >= 0 ? raw.substring(0, semicolon) : raw;
            try {
                s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a malformed escape: keep the segment as it is
            }
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast();
                continue;
            }
            segments.addLast(s.toLowerCase(Locale.ROOT));
        }
        return "/" + String.join("/", segments);
    }
}
