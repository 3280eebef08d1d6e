package org.directivegraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the DirectiveGraph application. */
@SpringBootApplication
public class DirectiveGraphApplication {
    public static void main(String[] args) {
        SpringApplication.run(DirectiveGraphApplication.class, args);
    }
}
