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
import org.directivegraph.extract.SourceMap;
import org.directivegraph.extract.Span;
import org.directivegraph.extract.citation.CitationMention;
import org.directivegraph.extract.structure.Header;
import org.directivegraph.extract.structure.Recipient;
import org.directivegraph.extract.structure.Section;
import org.directivegraph.extract.structure.Task;
import org.directivegraph.store.GraphNames;
import org.directivegraph.resolve.BodyResolution;
import org.directivegraph.resolve.BodyResolver;
import org.directivegraph.resolve.CitedDocument;
import org.directivegraph.resolve.DocumentResolution;
import org.directivegraph.resolve.DocumentResolver;
import org.directivegraph.resolve.Identifiers;
import org.directivegraph.resolve.IssuerClues;
import org.directivegraph.resolve.IssuerResolution;
import org.directivegraph.resolve.IssuerResolver;
import org.directivegraph.resolve.ReferenceIndex;
import org.directivegraph.resolve.UnitContext;
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

    private final ReferenceIndex index;
    private final IssuerResolver issuers;
    private final DocumentResolver documents;
    private final BodyResolver bodies;
    private final Identifiers ids = Identifiers.DEFAULT;
    private final Map<String, List<String>> themeKeywords;
    private final String base;

    /** A builder resolving issuers, bodies and cited documents against {@code index}, themes by keywords. */
    public DocumentGraphBuilder(ReferenceIndex index, Map<String, List<String>> themeKeywords) {
        this.index = index;
        this.issuers = new IssuerResolver(index);
        this.documents = new DocumentResolver(index);
        this.bodies = new BodyResolver(index);
        this.themeKeywords = themeKeywords;
        this.base = GraphNames.BASE;
    }

    /** The built graph, the document's IRI, how its issuer was resolved and what resolution could not settle. */
    public record Built(String documentIri, Model model, IssuerResolution issuer, List<String> warnings) {
    }

    /** Builds the document graph of an extraction. */
    public Built build(Extraction e) {
        // the document's own text: its hash names a numberless document, and evidence points into it
        DocumentText text = e.source().source();
        Header h = e.header();
        LocalDate when = IssuerResolver.asOf(h.date(), h.yearMonth(), h.year());
        String issuerName = h.issuerName() != null ? h.issuerName() : h.issuerText();
        List<CitedDocument> cited = e.citations().stream().map(CitedDocument::from).toList();
        IssuerClues clues = IssuerClues.fromText(e.text().raw()).withCitations(cited, index);
        List<String> lines = h.issuerSource() == Header.IssuerSource.HEADER ? h.issuingBodyLines()
                : h.issuerText() == null ? List.of() : List.of(h.issuerText());
        IssuerResolution issuer = issuers.resolve(lines, h.place(), when, clues);
        UnitContext context = issuer.context();
        String type = h.typeCode() != null ? h.typeCode() : "kh";
        String issuerKey = h.symbol() != null ? Identifiers.issuerKeyOfSymbol(h.symbol())
                : issuer.bodyKey() != null ? issuer.bodyKey() : "ubnd";
        Integer year = h.year() != null ? h.year() : firstYear(h.title());
        String docIri;
        if (year != null) {
            docIri = h.number() != null ? ids.document(issuer.unitSegment(), issuerKey, year, type, h.number())
                    : ids.numberlessDocument(issuer.unitSegment(), issuerKey, year, type, text.sha256());
        } else {
            // no year anywhere (not even in the title): the year segment is "x" (docs/identifiers.md)
            docIri = base + "id/doc/" + issuer.unitSegment() + "/" + issuerKey + "/x/" + type + "-"
                    + (h.number() != null ? Identifiers.numberSegment(h.number()) : "u" + text.sha256().substring(0, 8));
        }

        Model m = ModelFactory.createDefaultModel();
        Emitter out = new Emitter(m, e.source(), docIri);
        Resource doc = m.createResource(docIri);
        doc.addProperty(RDF.type, type.equals("kh") || type.equals("ctr") ? DG.Plan : DG.Document);
        doc.addProperty(DG.documentType, Vocab.concept(Vocab.DOC_TYPE, type));
        Resource source = m.createResource(docIri + "/source").addProperty(RDF.type, DG.SourceText)
                .addProperty(DG.fileName, text.fileName()).addProperty(DG.sha256, text.sha256())
                .addLiteral(DG.characterCount, m.createTypedLiteral(text.codePointCount(), XSDDatatype.XSDinteger));
        doc.addProperty(DG.sourceText, source);
        header(out, doc, h, issuerName, issuer);
        sections(out, doc, e);
        tasks(out, doc, e);
        citations(out, doc, e, cited, context);
        responsibilities(out, doc, e, context);
        indicators(out, doc, e);
        obligations(out, doc, e, context);
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
        return new Built(docIri, m, issuer, issuer.warnings());
    }

    private void header(Emitter out, Resource doc, Header h, String issuerName, IssuerResolution issuer) {
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
        if (issuer.bodyIri() != null) {
            Resource body = m.createResource(issuer.bodyIri());
            doc.addProperty(DG.issuer, body);
            // an ambiguous unit is not chosen: its candidates are recorded on the issuing body
            issuer.context().candidates().forEach(c -> body.addProperty(DG.unitCandidate, m.createResource(c.iri())));
        }
        var unit = issuer.context().unit();
        if (unit != null) {
            doc.addProperty(DG.issuingUnit, m.createResource(unit.iri()));
        }
        String level = unit != null && unit.level() != null ? unit.level().code() : AdminLevels.of(issuerName);
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

    private void citations(Emitter out, Resource doc, Extraction e, List<CitedDocument> cited, UnitContext context) {
        Model m = doc.getModel();
        List<CitationMention> mentions = e.citations();
        List<DocumentResolution> resolved = documents.resolveAll(cited, doc.getURI(), context);
        Set<String> described = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            CitationMention c = mentions.get(i);
            String role = e.roles().get(i);
            DocumentResolution target = resolved.get(i);
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
            if (target.isUnresolved() && described.add(target.iri())) {
                d.addProperty(RDF.type, DG.UnresolvedDocument).addProperty(DG.citationText, c.text());
                if (c.typeCode() != null) {
                    d.addProperty(DG.documentType, Vocab.concept(Vocab.DOC_TYPE, c.typeCode()));
                }
                if (c.subject() != null) {
                    d.addProperty(DG.subject, c.subject());
                }
                target.issuers().stream().filter(b -> b.iri() != null)
                        .forEach(b -> d.addProperty(DG.issuer, m.createResource(b.iri())));
            }
        }
    }

    private void responsibilities(Emitter out, Resource doc, Extraction e, UnitContext context) {
        Model m = doc.getModel();
        int n = 0;
        for (var resp : e.responsibilities()) {
            Resource r = m.createResource(doc.getURI() + "/responsibility/" + (++n)).addProperty(RDF.type, DG.Responsibility)
                    .addProperty(DG.bodyText, resp.bodyText())
                    ;
            String bodyIri = bodies.resolve(resp.bodyText(), context).iri();
            if (bodyIri != null) {
                r.addProperty(DG.responsibleBody, m.createResource(bodyIri));
            }
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

    private void obligations(Emitter out, Resource doc, Extraction e, UnitContext context) {
        Model m = doc.getModel();
        int n = 0;
        for (var o : e.obligations()) {
            Resource r = m.createResource(doc.getURI() + "/obligation/" + (++n)).addProperty(RDF.type, DG.Obligation)
                    .addProperty(DG.action, o.action());
            for (String b : o.bearers()) {
                r.addProperty(DG.bearerText, b);
                body(b, context).ifPresent(iri -> r.addProperty(DG.bearer, m.createResource(iri)));
            }
            o.kinds().forEach(k -> r.addProperty(DG.obligationKind, Vocab.concept("obligation-kind", k)));
            if (o.addressee() != null) {
                r.addProperty(DG.addresseeText, o.addressee());
                for (String a : o.addressee().split(",\\s+|\\s+và\\s+")) {
                    body(a, context).ifPresent(iri -> r.addProperty(DG.addressee, m.createResource(iri)));
                }
            }
            if (o.intermediary() != null) {
                r.addProperty(DG.intermediaryText, o.intermediary());
                body(o.intermediary(), context).ifPresent(iri -> r.addProperty(DG.intermediary, m.createResource(iri)));
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

    /** The IRI of the body a name as written resolves to, if it names one body. */
    private java.util.Optional<String> body(String name, UnitContext context) {
        if (name.length() > 120) {
            return java.util.Optional.empty();
        }
        BodyResolution r = bodies.resolve(name, context);
        return r.isBody() && r.iri() != null ? java.util.Optional.of(r.iri()) : java.util.Optional.empty();
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

    /**
     * Writes text spans as {@code dg:TextSpan}s with code-point offsets into the document's own text (spans of a text
     * read in NFC are taken back to it first).
     */
    private static final class Emitter {
        private final Model m;
        private final SourceMap source;
        private final CodePoints codePoints;
        private final String doc;

        Emitter(Model m, SourceMap source, String doc) {
            this.m = m;
            this.source = source;
            this.codePoints = new CodePoints(source.source().raw());
            this.doc = doc;
        }

        void evidence(Resource fact, Span readSpan, Property supports) {
            if (readSpan == null) {
                return;
            }
            Span span = source.toSource(readSpan);
            int start = codePoints.offset(span.start());
            int end = codePoints.offset(span.end());
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
