package org.directivegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Vietnamese text is told apart from English, French and ASCII noise by its diacritics. */
class LanguageCheckTests {

    @Test
    void seedsAreVietnamese() throws Exception {
        try (var files = Files.list(Path.of("../data/seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertThat(LanguageCheck.notVietnamese(new DocumentText(f.getFileName().toString(), Files.readString(f))))
                        .as(f.toString()).isEmpty();
            }
        }
    }

    @Test
    void otherLanguagesAreNot() {
        assertThat(LanguageCheck.notVietnamese(new DocumentText("en.txt",
                "The committee shall report on the implementation of this plan to the district before October."))).isPresent();
        assertThat(LanguageCheck.notVietnamese(new DocumentText("fr.txt",
                "Le comité présentera un rapport sur la mise en œuvre de ce plan au district avant le mois d'octobre."))).isPresent();
        assertThat(LanguageCheck.notVietnamese(new DocumentText("noise.txt", "x7Gq2 kLm9P aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk")))
                .isPresent();
        assertThat(LanguageCheck.notVietnamese(new DocumentText("short.txt", "OK"))).isEmpty();
    }
}
