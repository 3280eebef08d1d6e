package org.directivegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests are writes, including spelling variants of the write paths. */
class WriteRequestsTests {

    @ParameterizedTest
    @CsvSource({
        "POST, /api/ingest", "POST, /api/ingest/", "POST, /api/documents/x", "POST, /update", "POST, /data/abc",
        "POST, /data", "PUT, /anything", "DELETE, /api/documents", "PATCH, /sparql", "put, /x",
        "POST, /api//ingest", "POST, /api/./ingest", "POST, /x/../api/ingest", "POST, /api/ingest;jsessionid=1",
        "POST, /api/%69ngest", "POST, /API/Ingest", "PROPFIND, /data"
    })
    void writes(String method, String path) {
        assertThat(WriteRequests.isWrite(method, path)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/ingest", "HEAD, /data/x", "OPTIONS, /update", "POST, /sparql", "POST, /api/validate",
        "POST, /api/ingestion-report", "GET, /", "POST, /datasets"
    })
    void reads(String method, String path) {
        assertThat(WriteRequests.isWrite(method, path)).isFalse();
    }
}
