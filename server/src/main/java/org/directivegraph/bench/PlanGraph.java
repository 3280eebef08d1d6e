package org.directivegraph.bench;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;


import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.resolve.Identifiers;
import org.directivegraph.store.GraphNames;
import org.directivegraph.vocab.DG;

/**
 * The graph of one generated document, in the shape of the gold data of the seeds: the document (type, number,
 * date, issuer body and unit, level, implements, cites), its source text, sections, tasks with themes, citations,
 * responsibilities, indicators, obligations with due dates, the signature, and evidence spans into the rendered text.
 */
final class PlanGraph {

    private static final String VOCAB = GraphNames.BASE + "vocab/";
    private static final Identifiers IDS = Identifiers.DEFAULT;

    private final Graph g = GraphFactory.createDefaultGraph();
    private final String doc;

    private PlanGraph(String doc) {
        this.doc = doc;
    }

    /** The graph of a Central directive (no text: only its description, tasks and themes, its own and its tasks'). */
    static Graph ofDirective(Plan d, String iri) {
        PlanGraph pg = new PlanGraph(iri);
        pg.documentCore(d, "VN", "THỦ TƯỚNG CHÍNH PHỦ", null);
        Set<String> themes = new LinkedHashSet<>();
        for (int i = 0; i < d.tasks().size(); i++) {
            pg.task(i + 1, d.tasks().get(i), null, null);
            themes.addAll(d.tasks().get(i).themes());
        }
        // as the reference data describes the real directives (Chỉ thị 33/CT-TTg): the themes of its tasks, on the
        // directive itself, which the coverage report takes as its columns
        for (String theme : themes) {
            pg.add(iri, DG.theme.getURI(), pg.iri(VOCAB + "theme/" + theme));
        }
        return pg.g;
    }

    /** The graph of a rendered plan. */
    static Graph ofPlan(Plan p, String iri, PlanText text) {
        PlanGraph pg = new PlanGraph(iri);
        pg.documentCore(p, p.unitCode(), p.issuerText(), text);
        String src = Identifiers.source(iri);
        pg.add(iri, DG.sourceText.getURI(), pg.iri(src));
        pg.add(src, RDF.type.getURI(), pg.iri(DG.SourceText.getURI()));
        pg.add(src, DG.fileName.getURI(), str(text.fileName()));
        pg.add(src, DG.sha256.getURI(), str(new org.directivegraph.extract.DocumentText(text.fileName(), text.text()).sha256()));
        pg.add(src, DG.characterCount.getURI(), NodeFactory.createLiteralDT(String.valueOf(text.text().length()), XSDDatatype.XSDinteger));
        pg.add(iri, DG.implements_.getURI(), pg.iri(pg.citedIri(p.implemented())));
        pg.citation(1, p.implemented(), "implements", text);
        for (int i = 0; i < p.citations().size(); i++) {
            pg.citation(i + 2, p.citations().get(i), "based-on", text);
        }
        String[] kinds = p.indicators().isEmpty() ? new String[] {"purpose", "content", "organisation"}
                : new String[] {"purpose", "content", "indicators", "organisation"};
        for (int i = 0; i < kinds.length; i++) {
            pg.section(i + 1, kinds[i], text);
        }
        for (int i = 0; i < p.tasks().size(); i++) {
            pg.task(i + 1, p.tasks().get(i), Identifiers.section(iri, 2), text);
        }
        for (int i = 0; i < p.indicators().size(); i++) {
            pg.indicator(i + 1, p.indicators().get(i), p.period(), Identifiers.section(iri, 3), text);
        }
        for (int i = 0; i < p.responsibilities().size(); i++) {
            pg.responsibility(i + 1, p.responsibilities().get(i), text);
        }
        for (int i = 0; i < p.obligations().size(); i++) {
            pg.obligation(i + 1, p.obligations().get(i), p, text);
        }
        String sig = Identifiers.signature(iri);
        pg.add(iri, DG.signature.getURI(), pg.iri(sig));
        pg.add(sig, RDF.type.getURI(), pg.iri(DG.Signature.getURI()));
        pg.add(sig, DG.signingCapacity.getURI(), pg.iri(VOCAB + "capacity/tm"));
        pg.add(sig, DG.onBehalfOf.getURI(), pg.iri(IDS.body(p.unitCode(), "ubnd")));
        pg.add(sig, DG.signerPosition.getURI(), str("CHỦ TỊCH"));
        pg.add(sig, DG.signerName.getURI(), str(p.signerName()));
        pg.evidence(sig, text, "signature", null);
        return pg.g;
    }

    private void documentCore(Plan p, String unitCode, String issuerText, PlanText text) {
        add(doc, RDF.type.getURI(), iri(p.typeCode().equals("kh") ? DG.Plan.getURI() : DG.Document.getURI()));
        add(doc, DG.documentType.getURI(), iri(VOCAB + "doc-type/" + p.typeCode()));
        add(doc, DG.numberAndSymbol.getURI(), str(p.numberAndSymbol()));
        if (p.number() != null) {
            add(doc, DG.documentNumber.getURI(), str(p.number()));
        }
        add(doc, DG.symbol.getURI(), str(p.symbol()));
        LocalDate d = p.date();
        add(doc, DG.dateIssued.getURI(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate));
        add(doc, DG.issuedYearMonth.getURI(), NodeFactory.createLiteralDT(d.toString().substring(0, 7), XSDDatatype.XSDgYearMonth));
        add(doc, DG.issuedYear.getURI(), NodeFactory.createLiteralDT(String.valueOf(d.getYear()), XSDDatatype.XSDgYear));
        add(doc, DG.title.getURI(), str(p.title()));
        add(doc, DG.period.getURI(), NodeFactory.createLiteralDT(String.valueOf(p.period()), XSDDatatype.XSDgYear));
        add(doc, DG.issuer.getURI(), iri(IDS.body(unitCode, p.issuerKey())));
        add(doc, DG.issuerText.getURI(), str(issuerText));
        add(doc, DG.issuingUnit.getURI(), iri(unitCode.equals("VN") ? IDS.base() + "id/unit/VN" : IDS.unit(unitCode)));
        add(doc, DG.level.getURI(), iri(VOCAB + "level/" + p.level()));
        if (text != null) {
            add(doc, DG.dateAsPrinted.getURI(), str(slice(text, "date")));
            add(doc, DG.placeOfIssue.getURI(), str(p.placeName()));
            evidence(doc, text, "number", DG.numberAndSymbol.getURI());
            evidence(doc, text, "date", DG.dateAsPrinted.getURI());
            evidence(doc, text, "title", DG.title.getURI());
            evidence(doc, text, "issuer", DG.issuerText.getURI());
        }
    }

    private void citation(int n, Plan.Reference r, String role, PlanText text) {
        String c = Identifiers.citation(doc, n);
        String cited = citedIri(r);
        add(doc, DG.citation.getURI(), iri(c));
        add(doc, DG.cites.getURI(), iri(cited));
        add(c, RDF.type.getURI(), iri(DG.Citation.getURI()));
        add(c, DG.citedDocument.getURI(), iri(cited));
        add(c, DG.citationRole.getURI(), iri(VOCAB + "citation-role/" + role));
        add(c, DG.citationText.getURI(), str(r.text()));
        if (r.number() != null) {
            add(c, DG.statedDate.getURI(), NodeFactory.createLiteralDT(r.date().toString(), XSDDatatype.XSDdate));
        } else {
            add(cited, RDF.type.getURI(), iri(DG.UnresolvedDocument.getURI()));
            add(cited, DG.documentType.getURI(), iri(VOCAB + "doc-type/" + r.typeCode()));
            add(cited, DG.citationText.getURI(), str(r.text()));
        }
        add(c, DG.statedIssuerText.getURI(), str(r.issuerText()));
        evidence(c, text, "citation/" + n, null);
    }

    /** The cited document: its IRI, or one local to this document when the citation does not identify it. */
    private String citedIri(Plan.Reference r) {
        return r.iri() != null ? r.iri() : Identifiers.unresolvedCited(doc, r.text());
    }

    private void section(int n, String kind, PlanText text) {
        String s = Identifiers.section(doc, n);
        String heading = slice(text, "section/" + n);
        add(doc, DG.section.getURI(), iri(s));
        add(s, RDF.type.getURI(), iri(DG.Section.getURI()));
        add(s, DG.ordinal.getURI(), str(heading.substring(0, heading.indexOf('.'))));
        add(s, DG.heading.getURI(), str(heading.substring(heading.indexOf('.') + 2)));
        add(s, DG.sectionKind.getURI(), iri(VOCAB + "section-kind/" + kind));
        add(s, DG.position.getURI(), integer(n));
        evidence(s, text, "section/" + n, null);
    }

    private void task(int n, Plan.Task t, String section, PlanText text) {
        String task = Identifiers.task(doc, String.valueOf(n));
        add(doc, DG.task.getURI(), iri(task));
        add(task, RDF.type.getURI(), iri(DG.Task.getURI()));
        add(task, DG.ordinal.getURI(), str(String.valueOf(n)));
        add(task, DG.position.getURI(), integer(n));
        add(task, DG.title.getURI(), str(t.title()));
        if (section != null) {
            add(task, DG.inSection.getURI(), iri(section));
        }
        for (String theme : t.themes()) {
            add(task, DG.theme.getURI(), iri(VOCAB + "theme/" + theme));
        }
        evidence(task, text, "task/" + n, null);
    }

    private void indicator(int n, Plan.Indicator ind, int period, String section, PlanText text) {
        String i = Identifiers.indicator(doc, n);
        add(doc, DG.indicator.getURI(), iri(i));
        add(i, RDF.type.getURI(), iri(DG.Indicator.getURI()));
        add(i, DG.indicatorText.getURI(), str(ind.text()));
        add(i, DG.targetValue.getURI(), NodeFactory.createLiteralDT(String.valueOf(ind.value()), XSDDatatype.XSDdecimal));
        add(i, DG.measureUnit.getURI(), str("%"));
        add(i, DG.comparator.getURI(), iri(VOCAB + "comparator/exactly"));
        add(i, DG.population.getURI(), str(ind.population()));
        add(i, DG.period.getURI(), NodeFactory.createLiteralDT(String.valueOf(period), XSDDatatype.XSDgYear));
        add(i, DG.inSection.getURI(), iri(section));
        evidence(i, text, "indicator/" + n, null);
    }

    private void responsibility(int n, Plan.Responsibility r, PlanText text) {
        String node = Identifiers.responsibility(doc, n);
        add(doc, DG.responsibility.getURI(), iri(node));
        add(node, RDF.type.getURI(), iri(DG.Responsibility.getURI()));
        add(node, DG.bodyText.getURI(), str(r.bodyText()));
        add(node, DG.responsibleBody.getURI(), iri(IDS.body(r.bodyUnit(), r.bodyKey())));
        for (String role : r.roles()) {
            add(node, DG.role.getURI(), iri(VOCAB + "role/" + role));
        }
        add(node, DG.duty.getURI(), str(r.duty()));
        evidence(node, text, "responsibility/" + n, null);
    }

    private void obligation(int n, Plan.Obligation o, Plan p, PlanText text) {
        String node = Identifiers.obligation(doc, n);
        add(doc, DG.obligation.getURI(), iri(node));
        add(node, RDF.type.getURI(), iri(DG.Obligation.getURI()));
        add(node, DG.bearer.getURI(), iri(IDS.body(p.unitCode(), "ubnd")));
        add(node, DG.bearerText.getURI(), str("Ủy ban nhân dân " + p.unitName().toLowerCase(java.util.Locale.ROOT)));
        add(node, DG.action.getURI(), str(o.action()));
        add(node, DG.obligationKind.getURI(), iri(VOCAB + "obligation-kind/report"));
        add(node, DG.addressee.getURI(), iri(IDS.body(o.addresseeUnit(), o.addresseeKey())));
        add(node, DG.addresseeText.getURI(), str(o.addresseeText()));
        add(node, DG.dueDate.getURI(), NodeFactory.createLiteralDT(o.due().toString(), XSDDatatype.XSDdate));
        add(node, DG.deadlineKind.getURI(), iri(VOCAB + "deadline-kind/before"));
        evidence(node, text, "obligation/" + n, null);
    }

    private void evidence(String subject, PlanText text, String key, String supports) {
        if (text == null || !text.spans().containsKey(key)) {
            return;
        }
        int[] s = text.spans().get(key);
        String span = Identifiers.span(doc, s[0], s[1]);
        add(subject, DG.evidence.getURI(), iri(span));
        if (supports != null) {
            add(span, DG.supportsProperty.getURI(), iri(supports));
        }
    }

    private static String slice(PlanText text, String key) {
        int[] s = text.spans().get(key);
        return text.text().substring(s[0], s[1]);
    }

    private void add(String s, String p, Node o) {
        g.add(Triple.create(iri(s), NodeFactory.createURI(p), o));
    }

    private Node iri(String uri) {
        return NodeFactory.createURI(uri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
    }

}
