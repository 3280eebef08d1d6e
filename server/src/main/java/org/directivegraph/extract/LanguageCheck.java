package org.directivegraph.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a text looks Vietnamese: in Vietnamese most syllables carry a diacritic or đ, so a large share of
 * its letters are outside plain ASCII (about a third in administrative prose); English has none, French or
 * German only a few. A text with at least 40 letters of which under 8 % are marked is not Vietnamese.
 */
public final class LanguageCheck {

    static final double MIN_SHARE = 0.08;

    private LanguageCheck() {
    }

    /** The share of letters outside ASCII, from 0 to 1 (0 for a text without letters). */
    public static double markedShare(String text) {
        long letters = 0;
        long marked = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c > 127) {
                    marked++;
                }
            }
        }
        return letters == 0 ? 0 : (double) marked / letters;
    }

    /** Why the text is not Vietnamese, or empty when it may be. */
    public static Optional<String> notVietnamese(DocumentText text) {
        long letters = text.raw().chars().filter(Character::isLetter).count();
        double share = markedShare(text.raw());
        if (letters >= 40 && share < MIN_SHARE) {
            return Optional.of(String.format(Locale.ROOT,
                    "%s does not look like Vietnamese (%.0f%% of its letters carry Vietnamese diacritics; Vietnamese text has about 30%%): "
                            + "DirectiveGraph reads Vietnamese administrative documents", text.fileName(), share * 100));
        }
        return Optional.empty();
    }
}
