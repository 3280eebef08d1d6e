package org.directivegraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Seed plans as texts for tests that ingest documents of their own: seed 001 (Lãm Hà's plan, "Số: 10/KH-UBND")
 * with another number is another document, so a shared running application keeps its five seeds as they are.
 */
public final class SeedTexts {

    private static final String SEED_001 = "directivegraph/data/seeds/001_09e8b167c0733129.txt";
    private static final String SEED_001_NUMBER = "Số: 10/KH-UBND";

    private SeedTexts() {
    }

    /** Seed 001 with the number {@code number}/KH-UBND instead of 10/KH-UBND. */
    public static String seed001WithNumber(int number) {
        try (InputStream in = SeedTexts.class.getClassLoader().getResourceAsStream(SEED_001)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(SEED_001_NUMBER)) {
                throw new IllegalStateException("seed 001 no longer has its number line " + SEED_001_NUMBER);
            }
            return text.replace(SEED_001_NUMBER, "Số: " + number + "/KH-UBND");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
