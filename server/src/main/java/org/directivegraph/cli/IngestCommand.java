package org.directivegraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.directivegraph.ingest.Ingester;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.store.StoreNotWritableException;
import org.directivegraph.validate.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Ingests plan files or folders into the store, each as its own named graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract, resolve, validate and store plans (.txt, .md, .docx, .pdf …), each in its own named graph, one",
            "transaction each; re-ingesting a file replaces its graph. A folder is ingested file by file with",
            "progress and a final summary; one bad file does not stop the batch. A store that cannot be written (its",
            "disk short of --min-free-space, its folder read-only) stops the batch with exit code 3; what was stored",
            "before stays."})
public class IngestCommand implements Callable<Integer> {

    @Mixin
    DirectiveGraphCommand.StoreOption store;

    @Parameters(paramLabel = "FILE_OR_FOLDER", arity = "1..*", description = "Files (.txt, .md, .docx, .doc, .pdf), or folders of them.")
    List<Path> inputs;

    @Mixin
    DirectiveGraphCommand.ReadingLimits limits;

    @Option(names = "--force", description = "Store documents even when the shapes report violations.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().matches("(?i).*\\.(txt|md|docx|doc|pdf)$")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        int failures = 0;
        long triples = 0;
        int stored = 0;
        Map<Finding.Severity, Integer> bySeverity = new EnumMap<>(Finding.Severity.class);
        List<String> failed = new ArrayList<>();
        try (GraphStore ks = store.open()) {
            ReferenceData.ensureLoaded(ks);
            Ingester ingester = new Ingester(ks, limits.reader());
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                Ingester.Result r;
                try {
                    r = ingester.ingest(f, force);
                } catch (StoreNotWritableException e) {
                    // the store cannot take this document, nor the next ones: stop the batch here
                    System.err.printf("%s: NOT STORED, nothing of it was written: %s%n", f.getFileName(), e.getMessage());
                    System.err.printf("Stopped after %d of %d files; the %d stored before are kept.%n", i, files.size(), stored);
                    return 3;
                }
                String bar = "#".repeat((i + 1) * 30 / files.size()) + ".".repeat(30 - (i + 1) * 30 / files.size());
                System.out.printf("[%s] %d/%d %s: %s%n", bar, i + 1, files.size(), f.getFileName(),
                        r.stored() ? "stored " + r.triples() + " triples, " + r.findings().size() + " findings" : "NOT STORED: " + r.refusal());
                r.findings().forEach(x -> bySeverity.merge(x.severity(), 1, Integer::sum));
                r.findings().forEach(x -> System.out.printf("      %-9s %-28s %s%n", x.severity(), x.shapeName(), x.message("en")));
                r.warnings().forEach(w -> System.out.println("      note: " + w));
                if (r.stored()) {
                    stored++;
                    triples += r.triples();
                } else {
                    failures++;
                    failed.add(f.getFileName() + ": " + r.refusal());
                }
            }
        } catch (StoreNotWritableException e) {
            System.err.println("Nothing stored: " + e.getMessage());
            return 3;
        }
        System.out.printf("%nDocuments: %d stored, %d not stored; %,d triples; findings: %s%n", stored, failures, triples, bySeverity);
        failed.forEach(x -> System.out.println("  failed " + x));
        return failures == 0 ? 0 : 1;
    }
}
