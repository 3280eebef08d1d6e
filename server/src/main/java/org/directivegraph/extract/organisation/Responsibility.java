package org.directivegraph.extract.organisation;

import java.util.List;

import org.directivegraph.extract.Span;

/**
 * One body's part in carrying out a plan, as the organisation section says it.
 *
 * @param bodyText the body as written ("Văn phòng UBND phường")
 * @param roles    codes of vocab/role found in what it is told to do (lead, coordinate, advise, implement, monitor, inspect)
 * @param duties   what it is told to do, sentence or bullet by bullet, whitespace collapsed
 * @param span     the item (or bullet) that assigns it
 */
public record Responsibility(String bodyText, List<String> roles, List<String> duties, Span span) {

    /** Copies the lists. */
    public Responsibility {
        roles = List.copyOf(roles);
        duties = List.copyOf(duties);
    }
}
