package org.directivegraph.api;

import org.springframework.web.util.HtmlUtils;

/** The small HTML pages of the API: every piece of text put in them goes through {@link #escape(String)}. */
final class Html {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:80em}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;text-align:left;vertical-align:top}"
            + ".VIOLATION{color:#a00}.WARNING{color:#a60}.error{color:#a00}code{word-break:break-all}";

    private Html() {
    }

    /** Text made safe for HTML content and attribute values. */
    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A whole page; {@code title} is escaped, {@code body} must already be safe HTML. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " – DirectiveGraph</title><style>" + STYLE + "</style></head><body><h1>" + escape(title) + "</h1>\n"
                + body + "\n</body></html>\n";
    }

    /** A table row of escaped cells. */
    static String row(String... cells) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String c : cells) {
            sb.append("<td>").append(escape(c)).append("</td>");
        }
        return sb.append("</tr>\n").toString();
    }

    /** A table head row. */
    static String head(String... cells) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String c : cells) {
            sb.append("<th>").append(escape(c)).append("</th>");
        }
        return sb.append("</tr>\n").toString();
    }
}
