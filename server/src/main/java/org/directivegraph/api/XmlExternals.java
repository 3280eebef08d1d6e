package org.directivegraph.api;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in the prolog of an uploaded RDF/XML document, a DOCTYPE that refers to anything outside the document:
 * an external DTD ({@code <!DOCTYPE rdf:RDF SYSTEM "…">}) or an external entity ({@code <!ENTITY x SYSTEM
 * "file:///etc/passwd">}, {@code PUBLIC} too, parameter entities included). Jena's parser resolves none of them
 * (it reads such an entity as empty text), but a document that asks for one is an attack or a mistake, and the
 * uploader is told so rather than given a graph with silently missing values. Internal entities, which RDF/XML
 * files use to abbreviate namespaces ({@code <!ENTITY dg "https://…#">}), are allowed.
 */
final class XmlExternals {

    /** The keywords of an external identifier, outside quoted literals and comments. */
    private static final Pattern EXTERNAL_ID = Pattern.compile("\\b(SYSTEM|PUBLIC)\\b");
    /** Quoted literals and comments inside a DOCTYPE. */
    private static final Pattern LITERAL_OR_COMMENT = Pattern.compile("\"[^\"]*+\"|'[^']*+'|<!--(?:[^-]|-(?!->))*+-->");

    private XmlExternals() {
    }

    /** What the DOCTYPE of {@code bytes} refers to outside the document (a message), or empty. */
    static Optional<String> external(byte[] bytes) {
        String text = new String(bytes, charset(bytes));
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else if (text.startsWith("<!DOCTYPE", i)) {
                String declaration = LITERAL_OR_COMMENT.matcher(text.substring(i, doctypeEnd(text, i))).replaceAll("\"\"");
                Matcher m = EXTERNAL_ID.matcher(declaration);
                if (m.find()) {
                    return Optional.of("its DOCTYPE declares an external " + (m.start() < declarationSubset(declaration) ? "DTD" : "entity")
                            + " (" + m.group(1) + "), which could read files or addresses of the server: remove the DOCTYPE, or use"
                            + " internal entities only");
                }
                return Optional.empty();
            } else {
                return Optional.empty(); // the root element: no DOCTYPE
            }
        }
        return Optional.empty();
    }

    /** Where the internal subset ({@code [}) of a DOCTYPE starts, or its length when it has none. */
    private static int declarationSubset(String declaration) {
        int bracket = declaration.indexOf('[');
        return bracket < 0 ? declaration.length() : bracket;
    }

    /** The index just after the DOCTYPE starting at {@code start}: its closing '>', after its internal subset. */
    private static int doctypeEnd(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int after(String text, String end, int from) {
        int k = text.indexOf(end, from);
        return k < 0 ? text.length() : k + end.length();
    }

    /** UTF-16 when the bytes say so (byte order mark, or "&lt;?" in two bytes); else a byte per char, enough for the ASCII keywords. */
    private static Charset charset(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || b[0] == 0 && b[1] == '<')) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || b[0] == '<' && b[1] == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.ISO_8859_1;
    }
}
