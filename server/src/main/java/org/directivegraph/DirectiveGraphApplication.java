package org.directivegraph;

import org.directivegraph.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point: {@code java -jar directivegraph.jar COMMAND …} runs a command (see {@code --help}); with no
 * arguments, with {@code serve}, or with only Spring Boot options ({@code --server.port=8081}) it starts the
 * application.
 */
@SpringBootApplication
public class DirectiveGraphApplication {

    public static void main(String[] args) {
        if (startsServer(args)) {
            String[] rest = args.length > 0 && args[0].equals("serve") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
            SpringApplication.run(DirectiveGraphApplication.class, rest);
            return;
        }
        System.exit(Cli.run(args));
    }

    /** Whether the arguments ask for the server: none, {@code serve …}, or only {@code --name=value} Spring options. */
    static boolean startsServer(String[] args) {
        if (args.length == 0 || args[0].equals("serve")) {
            return true;
        }
        return java.util.Arrays.stream(args).allMatch(a -> a.startsWith("--") && a.contains("=") && !a.startsWith("--store"));
    }
}
