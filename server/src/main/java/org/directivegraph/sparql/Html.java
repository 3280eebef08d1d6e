package org.directivegraph.sparql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping of untrusted text for HTML pages and for JSON embedded in a {@code <script>} element. */
public final class Html {

    private Html() {
    }

    /** Text made safe inside an element or a quoted attribute. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A string as a JSON string literal that is also safe inside {@code <script>}: no {@code <}, {@code >}, {@code &}. */
    public static String jsonString(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A value for a URL query string. */
    public static String urlParam(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The start of a page: UTF-8, Vietnamese, a plain readable style. */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n"
                + "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif;margin:2rem auto;"
                + "max-width:72rem;padding:0 1rem;color:#222;line-height:1.5}\n"
                + "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-bottom:.2rem}code{background:#f3f3f3;padding:0 .2rem}\n"
                + "section{border-top:1px solid #ddd;padding:.5rem 0 1rem}label{display:block;margin:.3rem 0}\n"
                + "input,select{font:inherit;padding:.2rem .4rem}input[type=text]{width:32rem;max-width:100%}\n"
                + "table{border-collapse:collapse;margin-top:1rem;width:100%}td{overflow-wrap:anywhere}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;"
                + "vertical-align:top}th{background:#f3f3f3}.muted{color:#666}\n"
                + "</style>\n</head>\n<body>\n";
    }

    /** The end of a page. */
    public static String tail() {
        return "</body>\n</html>\n";
    }
}
