package org.directivegraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which arguments start the server and which run a command. */
class DirectiveGraphApplicationTests {

    @Test
    void noArgumentsServeAndSpringOptionsServe() {
        assertThat(DirectiveGraphApplication.startsServer(new String[0])).isTrue();
        assertThat(DirectiveGraphApplication.startsServer(new String[] {"serve", "--server.port=8081"})).isTrue();
        assertThat(DirectiveGraphApplication.startsServer(new String[] {"--server.port=8081"})).isTrue();
        assertThat(DirectiveGraphApplication.startsServer(new String[] {"--server.port=8081", "--directivegraph.store.location=x"})).isTrue();
    }

    @Test
    void commandsAndHelpDoNotStartTheServer() {
        assertThat(DirectiveGraphApplication.startsServer(new String[] {"--help"})).isFalse();
        assertThat(DirectiveGraphApplication.startsServer(new String[] {"--version"})).isFalse();
        assertThat(DirectiveGraphApplication.startsServer(new String[] {"load"})).isFalse();
        assertThat(DirectiveGraphApplication.startsServer(new String[] {"query", "trace-up", "--param", "plan=x"})).isFalse();
        // a command's own option is not a Spring option
        assertThat(DirectiveGraphApplication.startsServer(new String[] {"--store=dir"})).isFalse();
    }
}
