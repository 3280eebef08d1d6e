package org.directivegraph.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.evaluate.FactKeys;
import org.directivegraph.extract.AdminLevels;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Extraction;
import org.directivegraph.extract.Span;
import org.directivegraph.extract.citation.CitationMention;
import org.directivegraph.extract.structure.Header;
import org.directivegraph.extract.structure.Recipient;
import org.directivegraph.extract.structure.Section;
import org.directivegraph.extract.structure.Task;
import org.directivegraph.store.GraphNames;
import org.directivegraph.units.UnitDirectory;
import org.directivegraph.vocab.DG;
import org.directivegraph.vocab.Vocab;

/**
 * Turns an {@link Extraction} into the RDF of its document graph, following the conventions of the gold
 * data (data/seeds/README.md) and the identifiers of docs/identifiers.md: the document with its header
 * fields, source text, sections, tasks with themes, citations with the documents they name, recipients and
 * signature, each fact pointing to the {@code dg:TextSpan} (code-point offsets) it was read from.
 */
public final class DocumentGraphBuilder {

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    private final UnitDirectory units;
    private final CitedDocuments cited;
    private final Map<String, List<String>> themeKeywords;
    private final String base;

    /** A builder resolving units with {@code units}, cited documents against {@code known}, themes by keywords. */
    public DocumentGraphBuilder(UnitDirectory units, KnownDocuments known, Map<String, List<String>> themeKeywords) {
        this.units = units;
        this.cited = new CitedDocuments(known);
        this.themeKeywords = themeKeywords;
        this.base = GraphNames.BASE;
    }

    /** The built graph, the document's IRI and what resolution could not settle. */
    public record Built(String documentIri, Model model, IssuingUnit unit, List<String> warnings) {
    }

    /** Builds the document graph of an extraction. */
    public Built build(Extraction e) {
        DocumentText text = e.text();
        Header h = e.header();
        LocalDate when = h.date() != null ? h.date() : h.yearMonth() != null ? h.yearMonth().atDay(1)
                : h.year() != null ? LocalDate.of(h.year(), 1, 1) : null;
        String issuer = h.issuerName() != null ? h.issuerName() : h.issuerText();
        IssuingUnit unit = IssuingUnit.resolve(units, issuer, when, text.raw());
        String type = h.typeCode() != null ? h.typeCode() : "kh";
        String issuerKey = h.symbol() != null ? Keys.issuerOfSymbol(h.symbol(), CitedDocuments.hasTypeLetters(h.symbol()))
                : BodyKeys.of(issuer == null ? "ubnd" : issuer);
        Integer year = h.year() != null ? h.year() : firstYear(h.title());
        String number = h.number() != null ? Keys.number(h.number()) : "u" + text.sha256().substring(0, 8);
        String docIri = base + "id/doc/" + unit.segment() + "/" + issuerKey + "/" + (year == null ? "x" : year) + "/"
                + type + "-" + number;

        Model m = ModelFactory.createDefaultModel();
        Emitter out = new Emitter(m, text, docIri);
        Resource doc = m.createResource(docIri);
        doc.addProperty(RDF.type, type.equals("kh") || type.equals("ctr") ? DG.Plan : DG.Document);
        doc.addProperty(DG.documentType, Vocab.concept(Vocab.DOC_TYPE, type));
        Resource source = m.createResource(docIri + "/source").addProperty(RDF.type, DG.SourceText)
                .addProperty(DG.fileName, text.fileName()).addProperty(DG.sha256, text.sha256())
                .addLiteral(DG.characterCount, m.createTypedLiteral(text.codePointCount(), XSDDatatype.XSDinteger));
        doc.addProperty(DG.sourceText, source);
        header(out, doc, h, issuer, issuerKey, unit);
        sections(out, doc, e);
        tasks(out, doc, e);
        citations(out, doc, e, unit);
        responsibilities(out, doc, e, unit);
        indicators(out, doc, e);
        obligations(out, doc, e, unit);
        recipients(out, doc, e.recipients());
        e.signature().ifPresent(s -> {
            Resource sig = m.createResource(docIri + "/signature").addProperty(RDF.type, DG.Signature);
            s.capacities().forEach(c -> sig.addProperty(DG.signingCapacity, Vocab.concept("capacity", c)));
            if (s.position() != null) {
                sig.addProperty(DG.signerPosition, s.position());
            }
            if (s.name() != null) {
                sig.addProperty(DG.signerName, s.name());
            }
            out.evidence(sig, s.span(), null);
            doc.addProperty(DG.signature, sig);
        });
        List<String> warnings = unit.warning() == null ? List.of() : List.of(unit.warning());
        return new Built(docIri, m, unit, warnings);
    }

    private void header(Emitter out, Resource doc, Header h, String issuer, String issuerKey, IssuingUnit unit) {
        Model m = doc.getModel();
        if (h.numberAndSymbol() != null) {
            doc.addProperty(DG.numberAndSymbol, h.numberAndSymbol());
            out.evidence(doc, h.numberSpan(), DG.numberAndSymbol);
        }
        if (h.number() != null) {
            doc.addProperty(DG.documentNumber, h.number());
        }
        if (h.symbol() != null) {
            doc.addProperty(DG.symbol, h.symbol());
        }
        if (h.date() != null) {
            doc.addLiteral(DG.dateIssued, m.createTypedLiteral(h.date().toString(), XSDDatatype.XSDdate));
        }
        if (h.yearMonth() != null) {
            doc.addLiteral(DG.issuedYearMonth, m.createTypedLiteral(h.yearMonth().toString(), XSDDatatype.XSDgYearMonth));
        }
        if (h.year() != null) {
            doc.addLiteral(DG.issuedYear, m.createTypedLiteral(String.valueOf(h.year()), XSDDatatype.XSDgYear));
        }
        if (h.dateAsPrinted() != null) {
            doc.addProperty(DG.dateAsPrinted, h.dateAsPrinted());
            out.evidence(doc, h.dateSpan(), DG.dateAsPrinted);
        }
        if (h.place() != null) {
            doc.addProperty(DG.placeOfIssue, h.place());
        }
        if (h.title() != null) {
            doc.addProperty(DG.title, h.title());
            out.evidence(doc, h.titleSpan(), DG.title);
        }
        if (h.issuerText() != null) {
            doc.addProperty(DG.issuerText, h.issuerText());
            out.evidence(doc, h.issuerSpan(), DG.issuerText);
        }
        if (issuer != null) {
            Resource body = m.createResource(base + "id/body/" + unit.segment() + "/" + BodyKeys.of(issuer));
            doc.addProperty(DG.issuer, body);
            // an ambiguous unit is not chosen: its candidates are recorded on the issuing body
            unit.candidates().forEach(c -> body.addProperty(DG.unitCandidate, m.createResource(c.iri())));
        }
        if (unit.unit() != null) {
            doc.addProperty(DG.issuingUnit, m.createResource(unit.unit().iri()));
        }
        String level = unit.unit() != null && unit.unit().level() != null ? unit.unit().level().code() : AdminLevels.of(issuer);
        if (level != null) {
            doc.addProperty(DG.level, Vocab.concept(Vocab.LEVEL, level));
        }
    }

    private void sections(Emitter out, Resource doc, Extraction e) {
        for (Section s : e.structure().sections()) {
            Resource r = doc.getModel().createResource(doc.getURI() + "/section/" + s.position()).addProperty(RDF.type, DG.Section);
            if (s.ordinal() != null) {
                r.addProperty(DG.ordinal, s.ordinal());
            }
            r.addProperty(DG.heading, s.heading()).addProperty(DG.sectionKind, Vocab.concept("section-kind", s.kind()))
                    .addLiteral(DG.position, doc.getModel().createTypedLiteral(String.valueOf(s.position()), XSDDatatype.XSDinteger));
            out.evidence(r, s.headingSpan(), null);
            doc.addProperty(DG.section, r);
        }
    }

    private void tasks(Emitter out, Resource doc, Extraction e) {
        Model m = doc.getModel();
        Map<String, Resource> byOrdinal = new HashMap<>();
        for (Task t : e.structure().tasks()) {
            String path = t.ordinal() != null ? t.ordinal() : String.valueOf(t.position());
            Resource r = m.createResource(doc.getURI() + "/task/" + path).addProperty(RDF.type, DG.Task);
            if (t.ordinal() != null) {
                r.addProperty(DG.ordinal, t.ordinal());
            }
            r.addLiteral(DG.position, m.createTypedLiteral(String.valueOf(t.position()), XSDDatatype.XSDinteger));
            if (t.title() != null) {
                r.addProperty(DG.title, t.title());
            }
            if (t.sectionPosition() != null) {
                r.addProperty(DG.inSection, m.createResource(doc.getURI() + "/section/" + t.sectionPosition()));
            }
            if (t.parentOrdinal() != null && byOrdinal.containsKey(t.parentOrdinal())) {
                r.addProperty(DG.subTaskOf, byOrdinal.get(t.parentOrdinal()));
            }
            StringBuilder all = new StringBuilder();
            for (Span s : t.evidence()) {
                out.evidence(r, s, null);
                all.append(' ').append(s.text());
            }
            String folded = " " + FactKeys.fold(all.toString()) + " ";
            themeKeywords.forEach((theme, words) -> {
                if (words.stream().anyMatch(w -> folded.contains(" " + FactKeys.fold(w) + " "))) {
                    r.addProperty(DG.theme, m.createResource(theme));
                }
            });
            byOrdinal.put(path, r);
            doc.addProperty(DG.task, r);
        }
    }

    private void citations(Emitter out, Resource doc, Extraction e, IssuingUnit unit) {
        Model m = doc.getModel();
        List<CitationMention> mentions = e.citations();
        Set<String> described = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            CitationMention c = mentions.get(i);
            String role = e.roles().get(i);
            CitedDocuments.Cited target = cited.resolve(c, doc.getURI(), unit, base);
            Resource d = m.createResource(target.iri());
            Resource r = m.createResource(doc.getURI() + "/citation/" + (i + 1)).addProperty(RDF.type, DG.Citation)
                    .addProperty(DG.citedDocument, d)
                    .addProperty(DG.citationRole, Vocab.concept(Vocab.CITATION_ROLE, role))
                    .addProperty(DG.citationText, c.text());
            if (c.date() != null) {
                r.addLiteral(DG.statedDate, m.createTypedLiteral(c.date().toString(), XSDDatatype.XSDdate));
            }
            if (c.issuerText() != null) {
                r.addProperty(DG.statedIssuerText, c.issuerText());
            }
            out.evidence(r, c.span(), null);
            doc.addProperty(DG.citation, r);
            doc.addProperty(DG.cites, d);
            if (role.equals("implements")) {
                doc.addProperty(DG.implements_, d);
            } else if (role.equals("based-on")) {
                doc.addProperty(DG.basedOn, d);
            }
            if (target.unresolved() && described.add(target.iri())) {
                d.addProperty(RDF.type, DG.UnresolvedDocument).addProperty(DG.citationText, c.text());
                if (c.typeCode() != null) {
                    d.addProperty(DG.documentType, Vocab.concept(Vocab.DOC_TYPE, c.typeCode()));
                }
                if (c.subject() != null) {
                    d.addProperty(DG.subject, c.subject());
                }
                if (c.issuerText() != null) {
                    String seg = CitedDocuments.segment(c, unit);
                    d.addProperty(DG.issuer, m.createResource(base + "id/body/" + (seg == null ? unit.segment() : seg) + "/"
                            + BodyKeys.of(c.issuerText())));
                }
            }
        }
    }

    private void responsibilities(Emitter out, Resource doc, Extraction e, IssuingUnit unit) {
        Model m = doc.getModel();
        int n = 0;
        for (var resp : e.responsibilities()) {
            Resource r = m.createResource(doc.getURI() + "/responsibility/" + (++n)).addProperty(RDF.type, DG.Responsibility)
                    .addProperty(DG.bodyText, resp.bodyText())
                    .addProperty(DG.responsibleBody, m.createResource(base + "id/body/" + unit.segment() + "/" + BodyKeys.ofBodyName(resp.bodyText())));
            resp.roles().forEach(role -> r.addProperty(DG.role, Vocab.concept(Vocab.ROLE, role)));
            resp.duties().forEach(d -> r.addProperty(DG.duty, d));
            out.evidence(r, resp.span(), null);
            doc.addProperty(DG.responsibility, r);
        }
    }

    private void indicators(Emitter out, Resource doc, Extraction e) {
        Model m = doc.getModel();
        int n = 0;
        for (var ind : e.indicators()) {
            Resource r = m.createResource(doc.getURI() + "/indicator/" + (++n)).addProperty(RDF.type, DG.Indicator)
                    .addProperty(DG.indicatorText, ind.text());
            if (ind.ordinal() != null) {
                r.addProperty(DG.ordinal, ind.ordinal());
            }
            if (ind.target() != null) {
                r.addLiteral(DG.targetValue, m.createTypedLiteral(ind.target().toPlainString(), XSDDatatype.XSDdecimal));
                r.addProperty(DG.measureUnit, ind.unit());
                r.addProperty(DG.comparator, Vocab.concept("comparator", ind.comparator()));
            }
            if (ind.population() != null) {
                r.addProperty(DG.population, ind.population());
            }
            out.evidence(r, ind.span(), null);
            doc.addProperty(DG.indicator, r);
        }
    }

    private void obligations(Emitter out, Resource doc, Extraction e, IssuingUnit unit) {
        Model m = doc.getModel();
        int n = 0;
        String bodies = base + "id/body/" + unit.segment() + "/";
        for (var o : e.obligations()) {
            Resource r = m.createResource(doc.getURI() + "/obligation/" + (++n)).addProperty(RDF.type, DG.Obligation)
                    .addProperty(DG.action, o.action());
            for (String b : o.bearers()) {
                r.addProperty(DG.bearerText, b);
                if (b.length() <= 80) {
                    r.addProperty(DG.bearer, m.createResource(bodies + BodyKeys.ofBodyName(b)));
                }
            }
            o.kinds().forEach(k -> r.addProperty(DG.obligationKind, Vocab.concept("obligation-kind", k)));
            if (o.addressee() != null) {
                r.addProperty(DG.addresseeText, o.addressee());
                for (String a : o.addressee().split(",\\s+|\\s+và\\s+")) {
                    r.addProperty(DG.addressee, m.createResource(bodies + BodyKeys.ofBodyName(a)));
                }
            }
            if (o.intermediary() != null) {
                r.addProperty(DG.intermediaryText, o.intermediary())
                        .addProperty(DG.intermediary, m.createResource(bodies + BodyKeys.of(o.intermediary())));
            }
            if (o.dueDate() != null) {
                r.addLiteral(DG.dueDate, m.createTypedLiteral(o.dueDate().toString(), XSDDatatype.XSDdate));
            }
            if (o.duePeriod() != null) {
                r.addLiteral(DG.duePeriod, m.createTypedLiteral(o.duePeriod().toString(), XSDDatatype.XSDgYearMonth));
            }
            if (o.deadlineKind() != null) {
                r.addProperty(DG.deadlineKind, Vocab.concept("deadline-kind", o.deadlineKind()));
            }
            o.recurrences().forEach(c -> r.addProperty(DG.recurrence, Vocab.concept(Vocab.RECURRENCE, c)));
            out.evidence(r, o.span(), null);
            doc.addProperty(DG.obligation, r);
        }
    }

    private void recipients(Emitter out, Resource doc, List<Recipient> recipients) {
        Model m = doc.getModel();
        for (Recipient rcp : recipients) {
            Resource r = m.createResource(doc.getURI() + "/recipient/" + rcp.position()).addProperty(RDF.type, DG.Recipient)
                    .addProperty(DG.recipientText, rcp.recipientText())
                    .addLiteral(DG.position, m.createTypedLiteral(String.valueOf(rcp.position()), XSDDatatype.XSDinteger));
            if (rcp.purposeCode() != null) {
                r.addProperty(DG.recipientPurpose, Vocab.concept("recipient-purpose", rcp.purposeCode()));
            }
            out.evidence(r, rcp.span(), null);
            doc.addProperty(DG.recipient, r);
        }
    }

    /** The year a title says the plan is for: the last year it names ("… ngày 26/11/2021 … năm 2023" -> 2023). */
    private static Integer firstYear(String s) {
        if (s == null) {
            return null;
        }
        Matcher y = YEAR.matcher(s);
        Integer last = null;
        while (y.find()) {
            last = Integer.valueOf(y.group());
        }
        return last;
    }

    /** Writes text spans as {@code dg:TextSpan}s with code-point offsets. */
    private static final class Emitter {
        private final Model m;
        private final DocumentText text;
        private final String doc;

        Emitter(Model m, DocumentText text, String doc) {
            this.m = m;
            this.text = text;
            this.doc = doc;
        }

        void evidence(Resource fact, Span span, Property supports) {
            if (span == null) {
                return;
            }
            int start = text.codePointOffset(span.start());
            int end = text.codePointOffset(span.end());
            Resource s = m.createResource(doc + "/span/" + start + "-" + end).addProperty(RDF.type, DG.TextSpan)
                    .addProperty(DG.inSource, m.createResource(doc + "/source"))
                    .addLiteral(DG.startOffset, m.createTypedLiteral(String.valueOf(start), XSDDatatype.XSDinteger))
                    .addLiteral(DG.endOffset, m.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDinteger))
                    .addProperty(DG.exactText, span.text());
            fact.addProperty(DG.evidence, s);
            if (supports != null) {
                s.addProperty(DG.supportsProperty, supports);
            }
        }
    }
}
