package org.directivegraph.publish;

import java.util.List;
import java.util.Optional;

/**
 * Chooses a format from an {@code Accept} header: the format with the highest quality, then the most specific
 * matching range, then the server's order of preference ({@link RdfFormat} order, HTML first). No header means
 * HTML, as for a browser.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** The chosen format among {@code offered}, or empty when the header accepts none of them (406). */
    public static Optional<RdfFormat> choose(String accept, List<RdfFormat> offered) {
        return org.directivegraph.web.Negotiation.choose(accept, offered.stream().map(RdfFormat::mediaType).toList()).map(offered::get);
    }
}
