package org.directivegraph.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.directivegraph.store.GraphStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.validate.Finding;
import org.directivegraph.validate.PlanShapes;
import org.directivegraph.validate.StoreValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Validates every document graph of the store with the SHACL shapes and prints the findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate every document in the store with the SHACL shapes; print findings by document and severity.")
public class ValidateCommand implements Callable<Integer> {

    @Mixin
    DirectiveGraphCommand.StoreOption store;

    @Option(names = "--lang", defaultValue = "vi", description = "Language of the messages: vi or en. Default: ${DEFAULT-VALUE}")
    String lang;

    @Override
    public Integer call() {
        try (GraphStore ks = store.open()) {
            ReferenceData.ensureLoaded(ks);
            Map<String, List<Finding>> byDocument = new StoreValidation(PlanShapes.packaged()).validateDocuments(ks);
            int violations = 0;
            for (var e : byDocument.entrySet()) {
                System.out.println(e.getKey() + "  (" + e.getValue().size() + " findings)");
                for (Finding f : e.getValue()) {
                    violations += f.severity() == Finding.Severity.VIOLATION ? 1 : 0;
                    System.out.printf("  %-9s %-32s %s%s%n    %s%n", f.severity(), f.shapeName(), f.focusNode().toString(),
                            f.value() == null ? "" : " -> " + f.value(), f.message(lang));
                }
            }
            System.out.printf("%d documents, %d findings, %d violations%n", byDocument.size(),
                    byDocument.values().stream().mapToInt(List::size).sum(), violations);
            return violations > 0 ? 1 : 0;
        }
    }
}
