package org.directivegraph.sparql;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as the query engine behind the guard sees it: always a form POST whose {@code query} field is
 * the checked (and possibly limited) query, whatever way the client sent it. Other parameters (such as
 * {@code format}) pass through; the body is already read.
 */
final class PreparedRequest extends HttpServletRequestWrapper {

    /** The request attribute holding the {@link LimitedQuery}. */
    static final String ATTRIBUTE = LimitedQuery.class.getName();

    private final Map<String, String[]> parameters;

    PreparedRequest(HttpServletRequest request, LimitedQuery query) {
        super(request);
        Map<String, String[]> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("query")) {
                params.put(name, values);
            }
        });
        params.put("query", new String[] {query.text()});
        this.parameters = Collections.unmodifiableMap(params);
        request.setAttribute(ATTRIBUTE, query);
    }

    /** The prepared query of a request that went through the guard. */
    static LimitedQuery query(HttpServletRequest request) {
        return (LimitedQuery) request.getAttribute(ATTRIBUTE);
    }

    @Override
    public String getMethod() {
        return "POST";
    }

    @Override
    public String getContentType() {
        return SparqlRequest.FORM + "; charset=UTF-8";
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public int getContentLength() {
        return 0;
    }

    @Override
    public long getContentLengthLong() {
        return 0;
    }

    @Override
    public String getHeader(String name) {
        if (name.equalsIgnoreCase("Content-Type")) {
            return getContentType();
        }
        if (name.equalsIgnoreCase("Content-Length")) {
            return "0";
        }
        return super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        String own = name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length") ? getHeader(name) : null;
        return own != null ? Collections.enumeration(java.util.List.of(own)) : super.getHeaders(name);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream empty = new ByteArrayInputStream(new byte[0]);
        return new ServletInputStream() {
            @Override
            public int read() {
                return empty.read();
            }

            @Override
            public boolean isFinished() {
                return true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body was already read");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}
