package org.directivegraph.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.directivegraph.security.PasswordHashing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Makes the BCrypt hash of a writer's password, read from the console without echo (asked twice) or, when the
 * input is not a terminal, from the first line of standard input; prints the hash and the property line to set.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Make the BCrypt hash of a writer's password for directivegraph.writers.NAME.",
            "Reads the password without echo from the console, or the first line of standard input when piped."},
        footer = {"", "Example:", "  java -jar directivegraph.jar hash-password --user alice"})
public class HashPasswordCommand implements Callable<Integer> {

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "writer",
            description = "The writer's user name, for the property line. Default: ${DEFAULT-VALUE}")
    String user;

    @Override
    public Integer call() throws IOException {
        if (!USER.matcher(user).matches()) {
            System.err.println("The user name may hold letters, digits, '.', '_' and '-' (1 to 64 characters).");
            return 2;
        }
        String password = readPassword();
        if (password == null) {
            return 2;
        }
        String hash;
        try {
            hash = PasswordHashing.hash(password);
        } catch (IllegalArgumentException e) {
            System.err.println("Not hashed: " + e.getMessage() + ".");
            return 2;
        }
        System.out.println(hash);
        System.out.println();
        System.out.println("Add this line to application.properties (or pass it as --directivegraph.writers." + user + "=…;");
        System.out.println("in a shell, quote it: the hash holds '$'):");
        System.out.println("directivegraph.writers." + user + "=" + hash);
        return 0;
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            try {
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    System.err.println("The two passwords differ (or none was given); nothing hashed.");
                    return null;
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, ' ');
                }
                if (again != null) {
                    Arrays.fill(again, ' ');
                }
            }
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            System.err.println("No password on standard input; nothing hashed.");
            return null;
        }
        return line;
    }
}
