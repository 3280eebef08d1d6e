package org.directivegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The reference server of benchmarks 4, 5 and 7: a plain Apache Jena Fuseki ({@code jena-fuseki-server.jar}, which the
 * build copies to {@code server/target/fuseki/}) as a child process, serving one TDB2 folder read-only as dataset
 * {@code /dg} with the union of its named graphs as the default graph ({@code tdb2:unionDefaultGraph true}), as
 * DirectiveGraph queries its own store. No authentication, loopback only.
 */
public final class FusekiServerProcess {

    private FusekiServerProcess() {
    }

    /** Checks that the Fuseki server jar exists, with a message that says how to get it. */
    public static Path requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("The Fuseki server jar " + jar.toAbsolutePath() + " is missing (benchmarks 4, 5 and 7"
                    + " compare with a plain Fuseki). Build it with ./mvnw -q -B package -DskipTests (it is copied to"
                    + " server/target/fuseki/jena-fuseki-server.jar) or give --fuseki-jar PATH.");
        }
        return jar;
    }

    /**
     * Starts Fuseki over a closed TDB2 folder and waits for its first answered {@code ASK}.
     *
     * @param jar   the Fuseki server jar
     * @param store the TDB2 folder (not open in any other process)
     * @param heap  the {@code -Xmx} value, the same as DirectiveGraph's
     * @param run   a folder for its configuration and run area (created)
     */
    public static ServerProcess start(Path jar, Path store, String heap, Path run) {
        requireJar(jar);
        try {
            Path dir = Files.createDirectories(run).toAbsolutePath();
            Path config = Files.writeString(dir.resolve("config.ttl"), config(store.toAbsolutePath()));
            Path base = Files.createDirectories(dir.resolve("base"));
            int port = ServerProcess.freePort();
            List<String> command = List.of(ServerProcess.javaBinary(), "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString(),
                    "--localhost", "--port=" + port, "--config=" + config);
            String url = "http://127.0.0.1:" + port;
            // Fuseki writes its run area (logs, backups, system database) under FUSEKI_BASE
            return ServerProcess.start("fuseki", command, Map.of("FUSEKI_BASE", base.toString()), dir,
                    dir.resolve("fuseki-" + port + ".log"), url, url + "/dg/query");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Fuseki's run folder " + run, e);
        }
    }

    /** The query endpoint of the dataset, relative to the server's base URL. */
    public static String queryPath() {
        return "/dg/query";
    }

    private static String config(Path store) {
        return """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX :       <#>

                :dg a fuseki:Service ;
                    fuseki:name "dg" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:dataset :data .

                :data a tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(store.toString().replace("\\", "/"));
    }
}
