package org.directivegraph.extract;

import java.util.List;
import java.util.Optional;

import org.directivegraph.extract.citation.CitationMention;
import org.directivegraph.extract.organisation.Indicator;
import org.directivegraph.extract.organisation.Obligation;
import org.directivegraph.extract.organisation.Responsibility;
import org.directivegraph.extract.structure.DocumentStructure;
import org.directivegraph.extract.structure.Header;
import org.directivegraph.extract.structure.Recipient;
import org.directivegraph.extract.structure.Signature;

/**
 * Everything read from one document's text, before resolution: header, layout, citations with their
 * roles, recipients and signature, each with its span, and warnings about what could not be read.
 *
 * @param text       the text read: the document's text, or its NFC form (see {@code source})
 * @param header     header fields
 * @param structure  sections, items and tasks
 * @param citations  every mention of a document, in text order
 * @param roles      the role of each citation ("implements", "based-on", "cites"), same order
 * @param responsibilities which body does what, in which roles (organisation sections)
 * @param indicators the indicators (Chỉ tiêu)
 * @param obligations deadlines and reporting obligations
 * @param recipients the lines of Nơi nhận
 * @param signature  the signature block, if found
 * @param warnings   what could not be read, in words a user understands
 * @param source     the document's text as given, and where the spans of {@code text} lie in it
 */
public record Extraction(DocumentText text, Header header, DocumentStructure structure,
                         List<CitationMention> citations, List<String> roles, List<Responsibility> responsibilities,
                         List<Indicator> indicators, List<Obligation> obligations, List<Recipient> recipients, Optional<Signature> signature, List<String> warnings,
                         SourceMap source) {

    /** Copies the lists. */
    public Extraction {
        citations = List.copyOf(citations);
        roles = List.copyOf(roles);
        responsibilities = List.copyOf(responsibilities);
        indicators = List.copyOf(indicators);
        obligations = List.copyOf(obligations);
        recipients = List.copyOf(recipients);
        warnings = List.copyOf(warnings);
    }

    /** The citations with the given role, in text order. */
    public List<CitationMention> withRole(String role) {
        java.util.ArrayList<CitationMention> out = new java.util.ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            if (roles.get(i).equals(role)) {
                out.add(citations.get(i));
            }
        }
        return out;
    }
}
