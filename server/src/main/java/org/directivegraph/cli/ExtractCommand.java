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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plain text (.txt) or Markdown (.md) files.")
    List<Path> files;

    @Option(names = "--summary", description = "Print the JSON summary of one file.")
    boolean summary;

    @Override
    public Integer call() throws Exception {
        if (!summary) {
            System.err.println("Only --summary is available in this version; RDF output comes with ingest.");
            return 2;
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
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        var extraction = new Extractor().extract(new DocumentText(file.getFileName().toString(), raw));
        var summaryJson = ExtractionSummary.of(extraction, DocumentTypeNames.abbreviations(), List.of(), List.of(), List.of());
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        System.out.println(mapper.writeValueAsString(summaryJson));
        return 0;
    }
}
