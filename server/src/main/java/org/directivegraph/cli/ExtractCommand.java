package org.directivegraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.DocumentTypeNames;
import org.directivegraph.extract.ExtractionSummary;
import org.directivegraph.extract.Extractor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Extracts a plan's structure from its text. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read a plan's text and print what it says.",
            "--summary prints the JSON summary described in the README (one file)."})
public class ExtractCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    DirectiveGraphCommand.ReadingLimits limits;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plans: .txt, .md (UTF-8), .docx, .doc, .pdf, .odt, .rtf.")
    List<Path> files;

    @Option(names = "--summary", description = "Print the JSON summary of one file.")
    boolean summary;

    @Option(names = "--format", defaultValue = "turtle", description = "turtle, trig, jsonld or ntriples. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document into DIR instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!summary) {
            return graphs();
        }
        if (files.size() != 1) {
            System.err.println("--summary takes exactly one file.");
            return 2;
        }
        Path file = files.get(0);
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no such file");
            return 2;
        }
        DocumentText text;
        try {
            text = limits.reader().read(file);
        } catch (org.directivegraph.extract.source.UnreadableDocumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        String raw = text.raw();
        org.directivegraph.extract.source.VietnameseCheck.check(text).warning(file.getFileName().toString())
                .ifPresent(w -> System.err.println("warning: " + w));
        var extraction = new Extractor().extract(new DocumentText(file.getFileName().toString(), raw));
        var summaryJson = ExtractionSummary.of(extraction, DocumentTypeNames.abbreviations(), List.of(), List.of(), List.of());
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        System.out.println(mapper.writeValueAsString(summaryJson));
        return 0;
    }

    private int graphs() throws java.io.IOException {
        org.apache.jena.riot.RDFFormat rdfFormat = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "trig" -> org.apache.jena.riot.RDFFormat.TRIG_PRETTY;
            case "jsonld", "json-ld" -> org.apache.jena.riot.RDFFormat.JSONLD11_PRETTY;
            case "ntriples", "nt" -> org.apache.jena.riot.RDFFormat.NTRIPLES;
            case "turtle", "ttl" -> org.apache.jena.riot.RDFFormat.TURTLE_PRETTY;
            default -> null;
        };
        if (rdfFormat == null) {
            System.err.println("Unknown --format " + format + ": use turtle, trig, jsonld or ntriples.");
            return 2;
        }
        var builder = org.directivegraph.ingest.Ingester.standaloneBuilder();
        int failures = 0;
        for (Path file : files) {
            DocumentText text;
            try {
                text = limits.reader().read(file);
            } catch (org.directivegraph.extract.source.UnreadableDocumentException e) {
                System.err.println(e.getMessage());
                failures++;
                continue;
            }
            var built = builder.build(new Extractor().extract(text));
            var dataset = org.apache.jena.query.DatasetFactory.create();
            dataset.addNamedModel(org.directivegraph.store.GraphNames.ofDocument(built.documentIri()), built.model());
            built.model().setNsPrefix("dg", org.directivegraph.vocab.DG.NS);
            java.io.OutputStream os = System.out;
            Path target = null;
            if (out != null) {
                Files.createDirectories(out);
                String ext = rdfFormat == org.apache.jena.riot.RDFFormat.TRIG_PRETTY ? ".trig"
                        : rdfFormat == org.apache.jena.riot.RDFFormat.JSONLD11_PRETTY ? ".jsonld"
                        : rdfFormat == org.apache.jena.riot.RDFFormat.NTRIPLES ? ".nt" : ".ttl";
                target = out.resolve(file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ext);
                os = Files.newOutputStream(target);
            }
            try {
                if (rdfFormat == org.apache.jena.riot.RDFFormat.TRIG_PRETTY) {
                    org.apache.jena.riot.RDFDataMgr.write(os, dataset, rdfFormat);
                } else {
                    org.apache.jena.riot.RDFDataMgr.write(os, built.model(), rdfFormat);
                }
            } finally {
                if (target != null) {
                    os.close();
                    System.err.println(file + " -> " + target);
                }
            }
            built.warnings().forEach(w -> System.err.println(file.getFileName() + ": " + w));
        }
        return failures == 0 ? 0 : 1;
    }
}
