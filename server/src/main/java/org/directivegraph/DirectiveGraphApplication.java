package org.directivegraph;

import org.directivegraph.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point: {@code java -jar directivegraph.jar COMMAND …} runs a command (see {@code --help}); with
 * {@code serve} it starts the application.
 */
@SpringBootApplication
public class DirectiveGraphApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            SpringApplication.run(DirectiveGraphApplication.class, rest);
            return;
        }
        System.exit(Cli.run(args.length == 0 ? new String[] {"--help"} : args));
    }
}
