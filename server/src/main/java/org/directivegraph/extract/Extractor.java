package org.directivegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.directivegraph.extract.citation.CitationMention;
import org.directivegraph.extract.citation.CitationParser;
import org.directivegraph.extract.citation.CitationRoles;
import org.directivegraph.extract.organisation.IndicatorReader;
import org.directivegraph.extract.organisation.ObligationReader;
import org.directivegraph.extract.organisation.Responsibility;
import org.directivegraph.extract.organisation.ResponsibilityReader;
import org.directivegraph.extract.structure.DocumentStructure;
import org.directivegraph.extract.structure.Header;
import org.directivegraph.extract.structure.HeaderParser;
import org.directivegraph.extract.structure.Recipient;
import org.directivegraph.extract.structure.RecipientParser;
import org.directivegraph.extract.structure.Signature;
import org.directivegraph.extract.structure.SignatureParser;
import org.directivegraph.extract.structure.StructureParser;

/**
 * Reads one document's text into an {@link Extraction}: runs the layout parsers and the citation grammar,
 * and says in its warnings what a complete plan has that this text did not give.
 */
public final class Extractor {

    private final ResponsibilityReader responsibilities = new ResponsibilityReader();

    /** The warning of a text read in NFC because it was not. */
    public static final String NFC_WARNING = "the text has decomposed characters (a letter and its accents as separate code"
            + " points): it was read in Unicode NFC";

    /**
     * Extracts what the text says. Never throws for odd text: what cannot be read becomes a warning. A text not in
     * Unicode NFC (tone marks as combining characters, as some editors and converters write them) is read in NFC
     * ({@link SourceMap}), so that it gives the same facts as the composed text.
     */
    public Extraction extract(DocumentText given) {
        SourceMap source = SourceMap.of(given);
        DocumentText text = source.read();
        Header header = HeaderParser.parse(text);
        DocumentStructure structure = StructureParser.parse(text);
        List<CitationMention> citations = CitationParser.parse(text);
        List<String> roles = CitationRoles.classify(text, citations);
        List<Recipient> recipients = RecipientParser.parse(text);
        Optional<Signature> signature = SignatureParser.parse(text);
        List<Responsibility> bodies = responsibilities.read(text, structure);
        List<String> warnings = warnings(header, structure, roles, recipients, signature);
        if (bodies.isEmpty() || !source.isIdentity()) {
            warnings = new ArrayList<>(warnings);
        }
        if (bodies.isEmpty()) {
            warnings.add("no responsible body found in an organisation section (Tổ chức thực hiện)");
        }
        if (!source.isIdentity()) {
            warnings.add(NFC_WARNING);
        }
        return new Extraction(text, header, structure, citations, roles, bodies, new IndicatorReader().read(structure),
                new ObligationReader().read(text, structure, bodies,
                        AdminLevels.of(header.issuerName() != null ? header.issuerName() : header.issuerText())),
                recipients, signature, warnings, source);
    }

    static List<String> warnings(Header h, DocumentStructure s, List<String> roles, List<Recipient> recipients,
                                 Optional<Signature> signature) {
        List<String> w = new ArrayList<>();
        if (h.typeCode() == null) {
            w.add("document type not found (no type line such as KẾ HOẠCH and no symbol)");
        }
        if (h.numberAndSymbol() == null) {
            w.add("no number line (Số: …)");
        } else if (h.number() == null) {
            w.add("number left blank: " + h.numberAndSymbol());
        }
        if (h.date() == null) {
            w.add(h.dateAsPrinted() == null ? "no date line" : "date incomplete: " + h.dateAsPrinted().strip());
        }
        if (h.issuerText() == null) {
            w.add("issuer not found in the header or the body");
        }
        if (s.sections().isEmpty()) {
            w.add("no numbered sections (I., II., …)");
        }
        if (s.tasks().isEmpty()) {
            w.add("no numbered tasks in a content section");
        }
        if (!roles.contains("implements") && !roles.contains("based-on")) {
            w.add("no document it implements or is based on ('Thực hiện …', 'Căn cứ …')");
        }
        if (recipients.isEmpty()) {
            w.add("no recipients (Nơi nhận)");
        }
        if (signature.isEmpty()) {
            w.add("no signature block");
        } else if (signature.get().name() == null) {
            w.add("signer's name not printed");
        }
        return w;
    }
}
