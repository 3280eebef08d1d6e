package org.directivegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The answer form follows the client's preference among what an endpoint offers. */
class AnswerFormatTests {

    static final AnswerFormat[] ALL = {AnswerFormat.JSON, AnswerFormat.JSONLD, AnswerFormat.TURTLE, AnswerFormat.HTML};

    @Test
    void negotiates() {
        assertThat(AnswerFormat.negotiate(null, ALL)).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.negotiate("*/*", ALL)).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.negotiate("text/turtle", ALL)).isEqualTo(AnswerFormat.TURTLE);
        assertThat(AnswerFormat.negotiate("application/ld+json", ALL)).isEqualTo(AnswerFormat.JSONLD);
        assertThat(AnswerFormat.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ALL)).isEqualTo(AnswerFormat.HTML);
        assertThat(AnswerFormat.negotiate("text/html;q=0.5, text/turtle", ALL)).isEqualTo(AnswerFormat.TURTLE);
        assertThat(AnswerFormat.negotiate("text/*", ALL)).isEqualTo(AnswerFormat.TURTLE);
        assertThat(AnswerFormat.negotiate("image/png", ALL)).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.negotiate("not a media type;;", ALL)).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.negotiate("text/turtle", AnswerFormat.JSON, AnswerFormat.HTML)).isEqualTo(AnswerFormat.JSON);
    }
}
