package org.directivegraph.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of the pages: Vietnamese first, English on request. {@code ?lang=en} (or {@code vi}) switches and
 * is remembered in a cookie; otherwise the cookie decides; otherwise Vietnamese.
 */
public enum Lang {
    /** Tiếng Việt, the default. */
    VI,
    /** English. */
    EN;

    /** The cookie that remembers the choice. */
    public static final String COOKIE = "dg-lang";

    /** The language of a request, remembering an explicit choice in the response's cookie. */
    public static Lang of(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if (asked != null && (asked.equalsIgnoreCase("en") || asked.equalsIgnoreCase("vi"))) {
            Lang lang = valueOf(asked.toUpperCase(Locale.ROOT));
            if (response != null) {
                Cookie c = new Cookie(COOKIE, lang.code());
                c.setPath("/");
                c.setHttpOnly(true);
                c.setMaxAge(365 * 24 * 3600);
                response.addCookie(c);
            }
            return lang;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && "en".equals(c.getValue())) {
                    return EN;
                }
            }
        }
        return VI;
    }

    /** The BCP 47 code: {@code vi} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Vietnamese or the English text. */
    public String pick(String vi, String en) {
        return this == EN ? en : vi;
    }

    /** The other language. */
    public Lang other() {
        return this == EN ? VI : EN;
    }

    /** A link that switches to the other language on the same page ({@code path} with its query, already safe). */
    public String switchLink(String pathWithoutLang) {
        String sep = pathWithoutLang.contains("?") ? "&" : "?";
        return "<a class=\"lang lang-" + other().code() + " noprint\" href=\"" + Html.escape(pathWithoutLang + sep + "lang=" + other().code())
                + "\">" + (this == EN ? "Tiếng Việt" : "English") + "</a>";
    }
}
