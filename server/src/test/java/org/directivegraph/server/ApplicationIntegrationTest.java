package org.directivegraph.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real application on a random port over a fresh embedded TDB2 store in {@code target/it-store/}, with the
 * five seed plans ingested on start and one writer, {@value #WRITER} with password {@value #PASSWORD}. Every
 * test class with this annotation shares one running application (Spring caches the context), so the
 * reference data is loaded once per build; tests that write must use documents of their own and leave the
 * seeds as they are.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "directivegraph.store.location=target/it-store/${random.uuid}",
    "directivegraph.writers.tester=$2a$10$j8ctaUenCcc37BJGxjwVxeaHrZqrFMOoI52dHvlqV7PGjLfAowmtS",
    "directivegraph.sparql.timeout=5s",
    "directivegraph.sparql.result-limit=5000"
})
public @interface ApplicationIntegrationTest {

    /** The writer's user name. */
    String WRITER = "tester";
    /** The writer's password (its BCrypt hash is in the properties above). */
    String PASSWORD = "writer-secret-for-tests";
}
