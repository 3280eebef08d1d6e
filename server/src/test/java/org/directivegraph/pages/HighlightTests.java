package org.directivegraph.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.directivegraph.search.SearchResult.Range;
import org.junit.jupiter.api.Test;

class HighlightTests {

    @Test
    void escapesEachSegmentAndMarksTheRanges() {
        String snippet = "a <b>x</b> & Thái Học";
        int start = snippet.indexOf("Thái");
        String html = Highlight.html(snippet, List.of(new Range(start, start + 4), new Range(start + 5, snippet.length())));
        assertThat(html).isEqualTo("a &lt;b&gt;x&lt;/b&gt; &amp; <mark>Thái</mark> <mark>Học</mark>");
    }

    @Test
    void aRangeInsideMarkupTextStillEscapes() {
        String html = Highlight.html("<script>", List.of(new Range(1, 7), new Range(3, 5), new Range(50, 60)));
        assertThat(html).isEqualTo("&lt;<mark>script</mark>&gt;").doesNotContain("<script");
    }
}
