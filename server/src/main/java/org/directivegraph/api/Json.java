package org.directivegraph.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON writing and reading for the API's answers (Jackson). */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    /** {@code value} (maps, lists, strings, numbers, booleans, JSON nodes) as indented JSON. */
    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** A JSON text as a tree, to embed it in another answer. */
    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }
}
