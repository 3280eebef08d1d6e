package org.directivegraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * A documented, parameterised SPARQL query of {@code queries/}. Its header comment says what it answers and
 * declares its parameters:
 *
 * <pre>
 * # title: Trace up
 * # description: From a plan, every implements link up to the Central documents.
 * # param: plan (iri, required) the plan to trace from
 * # param: today (date, optional) …
 * </pre>
 *
 * Each parameter is a variable of the query ({@code ?plan}) that is bound, never pasted, at execution.
 */
public record SavedQuery(String name, String title, String description, List<Parameter> parameters, String text) {

    /** The kinds of values a parameter takes. */
    public enum Type {
        /** An absolute IRI. */
        IRI,
        /** A date, YYYY-MM-DD. */
        DATE,
        /** Any text. */
        STRING,
        /** A whole number. */
        INTEGER
    }

    /** A declared parameter: a query variable of the same name. */
    public record Parameter(String name, Type type, boolean required, String description) {
    }

    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*param:\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\(\\s*(\\w+)\\s*,\\s*(required|optional)\\s*\\)\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|description):\\s*(.*)$");

    /** Parses a query file's text: header and SPARQL; the SPARQL must parse and use every declared parameter. */
    public static SavedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<Parameter> params = new ArrayList<>();
        boolean inDescription = false;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            Matcher p = PARAM.matcher(l);
            Matcher f = FIELD.matcher(l);
            if (p.matches()) {
                inDescription = false;
                Type type = Type.valueOf(p.group(2).toUpperCase(Locale.ROOT));
                params.add(new Parameter(p.group(1), type, p.group(3).equals("required"), p.group(4).strip()));
            } else if (f.matches()) {
                inDescription = f.group(1).equals("description");
                if (inDescription) {
                    description.append(f.group(2).strip());
                } else {
                    title = f.group(2).strip();
                }
            } else if (inDescription && !l.substring(1).isBlank()) {
                description.append(' ').append(l.substring(1).strip());
            } else {
                inDescription = false;
            }
        }
        Query query = QueryFactory.create(text);
        for (Parameter param : params) {
            if (query.getQueryPattern() == null || !text.contains("?" + param.name())) {
                throw new IllegalArgumentException("query " + name + " declares parameter " + param.name()
                        + " but does not use ?" + param.name());
            }
        }
        return new SavedQuery(name, title, description.toString(), List.copyOf(params), text);
    }

    /** The parsed SPARQL. */
    public Query query() {
        return QueryFactory.create(text);
    }

    /** The declared parameter of that name, if any. */
    public Optional<Parameter> parameter(String paramName) {
        return parameters.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}
