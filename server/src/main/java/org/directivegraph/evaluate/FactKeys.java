package org.directivegraph.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.directivegraph.vocab.DG;

/**
 * The facts of one document graph, each reduced to a comparable key, by kind. Two graphs that say the same
 * thing give the same keys even when their blank details differ (span boundaries, whitespace, case,
 * diacritics of free text, the hash in the IRI of an unresolved document).
 */
public final class FactKeys {

    /** The kinds of facts compared, as the ingest issue names them. */
    public enum Kind {
        /** Header fields: type, number and symbol, date, issuer, title, signer. */
        HEADER,
        /** Every citation (a document cited; one per mention). */
        CITATIONS,
        /** Documents the plan implements or is based on. */
        IMPLEMENTS,
        /** Numbered tasks and sub-tasks. */
        TASKS,
        /** (body, role) pairs of responsibilities. */
        RESPONSIBILITIES,
        /** Indicators: target and unit. */
        INDICATORS,
        /** Obligations: bearer, deadline or recurrence. */
        OBLIGATIONS,
        /** Lines of Nơi nhận. */
        RECIPIENTS
    }

    private FactKeys() {
    }

    /** A lower-case, diacritics-free, single-spaced form of free text, for comparison. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%/.-]+", " ").strip();
    }

    /** The keys of one kind of fact of the document {@code doc} in {@code model} (a multiset, as a list). */
    public static List<String> keys(Model model, Resource doc, Kind kind) {
        List<String> keys = new ArrayList<>();
        switch (kind) {
            case HEADER -> {
                add(keys, "type", uri(doc, DG.documentType));
                add(keys, "number", str(doc, DG.numberAndSymbol).map(s -> s.replace(" ", "")));
                add(keys, "date", str(doc, DG.dateIssued));
                add(keys, "yearMonth", str(doc, DG.issuedYearMonth));
                add(keys, "year", str(doc, DG.issuedYear));
                add(keys, "issuer", uri(doc, DG.issuer));
                add(keys, "title", str(doc, DG.title).map(FactKeys::fold));
                Resource sig = doc.getPropertyResourceValue(DG.signature);
                if (sig != null) {
                    add(keys, "signer", str(sig, DG.signerName).map(FactKeys::fold));
                    add(keys, "position", str(sig, DG.signerPosition).map(FactKeys::fold));
                }
            }
            case CITATIONS -> doc.listProperties(DG.citation).forEachRemaining(st -> {
                Resource c = st.getResource();
                Resource cited = c.getPropertyResourceValue(DG.citedDocument);
                keys.add(documentKey(cited));
            });
            case IMPLEMENTS -> {
                for (Property p : List.of(DG.implements_, DG.basedOn)) {
                    doc.listProperties(p).forEachRemaining(st -> keys.add(p.getLocalName() + " " + documentKey(st.getResource())));
                }
            }
            case TASKS -> doc.listProperties(DG.task).forEachRemaining(st -> {
                Resource t = st.getResource();
                String title = fold(str(t, DG.title).orElse(""));
                keys.add(str(t, DG.ordinal).orElse("#" + str(t, DG.position).orElse("?")) + " "
                        + title.substring(0, Math.min(40, title.length())));
            });
            case RESPONSIBILITIES -> doc.listProperties(DG.responsibility).forEachRemaining(st -> {
                Resource r = st.getResource();
                String body = uri(r, DG.responsibleBody).orElse(fold(str(r, DG.bodyText).orElse("")));
                r.listProperties(DG.role).forEachRemaining(role -> keys.add(body + " " + local(role.getObject())));
            });
            case INDICATORS -> doc.listProperties(DG.indicator).forEachRemaining(st -> {
                Resource i = st.getResource();
                keys.add(str(i, DG.targetValue).map(v -> new java.math.BigDecimal(v).stripTrailingZeros().toPlainString()).orElse("-")
                        + " " + str(i, DG.measureUnit).orElse("-") + " " + uri(i, DG.comparator).map(FactKeys::lastSegment).orElse("-"));
            });
            case OBLIGATIONS -> doc.listProperties(DG.obligation).forEachRemaining(st -> {
                Resource o = st.getResource();
                List<String> when = new ArrayList<>();
                str(o, DG.dueDate).ifPresent(when::add);
                str(o, DG.duePeriod).ifPresent(when::add);
                o.listProperties(DG.recurrence).forEachRemaining(r -> when.add(local(r.getObject())));
                when.sort(null);
                List<String> to = new ArrayList<>();
                o.listProperties(DG.addressee).forEachRemaining(a -> to.add(local(a.getObject())));
                to.sort(null);
                keys.add(String.join("+", when) + " " + (to.isEmpty() ? "-" : String.join("+", to)));
            });
            case RECIPIENTS -> doc.listProperties(DG.recipient).forEachRemaining(st ->
                    keys.add(fold(str(st.getResource(), DG.recipientText).orElse(""))));
            default -> throw new IllegalArgumentException(kind.name());
        }
        return keys;
    }

    /** An identified document by its IRI; an unresolved one by its type and the folded issuer its citation names. */
    static String documentKey(Resource cited) {
        if (cited == null) {
            return "?";
        }
        if (!cited.getURI().contains("/cited/")) {
            return cited.getURI();
        }
        return "unresolved " + uri(cited, DG.documentType).map(FactKeys::lastSegment).orElse("?") + " "
                + uri(cited, DG.issuer).map(FactKeys::lastSegment).orElse("?");
    }

    private static void add(List<String> keys, String field, Optional<String> value) {
        value.ifPresent(v -> keys.add(field + "=" + v));
    }

    private static Optional<String> str(Resource r, Property p) {
        Statement st = r.getProperty(p);
        if (st == null) {
            return Optional.empty();
        }
        RDFNode o = st.getObject();
        return Optional.of(o.isLiteral() ? ((Literal) o).getLexicalForm() : o.toString());
    }

    private static Optional<String> uri(Resource r, Property p) {
        Resource o = r.getPropertyResourceValue(p);
        return o == null || !o.isURIResource() ? Optional.empty() : Optional.of(o.getURI());
    }

    private static String local(RDFNode n) {
        return n.isURIResource() ? lastSegment(n.asResource().getURI()) : n.toString();
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
