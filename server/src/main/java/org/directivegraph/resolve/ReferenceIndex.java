package org.directivegraph.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.directivegraph.store.PackagedData;
import org.directivegraph.units.UnitDirectory;
import org.directivegraph.vocab.DG;

/**
 * The reference data the resolvers look things up in, loaded once and indexed in hash maps: the administrative
 * units ({@link UnitDirectory}), the bodies of {@code data/bodies/} by IRI and by the key of each label, and
 * the documents of {@code data/documents/} by number and symbol (spacing, case and diacritics ignored:
 * {@code 33/CT- TTg} = {@code 33/CT-TTg}; leading zeros ignored: {@code 01/CT-UBND} = {@code 1/CT-UBND}), by type
 * and date, and by type and title (laws cited by name). Thread-safe: documents stored later are added by
 * {@link #learn} under a lock, while lookups never wait and see each document whole or not at all.
 */
public final class ReferenceIndex {

    private final UnitDirectory units;
    private final Map<String, ReferenceBody> bodies = new LinkedHashMap<>();
    private final Map<String, List<ReferenceBody>> bodiesByLabel = new HashMap<>();
    private final Map<String, ReferenceDocument> documents = new ConcurrentHashMap<>();
    // the lists are immutable and replaced whole, so a lookup during learn() sees the old list or the new one
    private final Map<String, List<ReferenceDocument>> byNumberAndSymbol = new ConcurrentHashMap<>();
    private final Map<String, List<ReferenceDocument>> byTypeAndDate = new ConcurrentHashMap<>();
    private final Map<String, List<ReferenceDocument>> byTypeAndTitle = new ConcurrentHashMap<>();

    private ReferenceIndex(UnitDirectory units, Collection<Graph> graphs) {
        this.units = units;
        for (Graph g : graphs) {
            Model m = ModelFactory.createModelForGraph(g);
            m.listSubjectsWithProperty(DG.bodyKey).forEachRemaining(this::addBody);
        }
        for (Graph g : graphs) {
            Model m = ModelFactory.createModelForGraph(g);
            m.listSubjectsWithProperty(DG.documentType).forEachRemaining(this::addDocument);
        }
    }

    /** An index of the units and of the bodies and documents described in {@code graphs}. */
    public static ReferenceIndex of(UnitDirectory units, Graph... graphs) {
        return new ReferenceIndex(units, List.of(graphs));
    }

    /** The index of the packaged reference data (units, bodies, documents), loaded on first use. */
    public static ReferenceIndex packaged() {
        return Packaged.INDEX;
    }

    /** Lazy holder of the packaged index. */
    private static final class Packaged {
        static final ReferenceIndex INDEX = of(UnitDirectory.load(PackagedData.graph("data/units/*.ttl.gz")),
                PackagedData.graph("data/bodies/*.ttl"), PackagedData.graph("data/documents/*.ttl"));
    }

    /** The administrative units. */
    public UnitDirectory units() {
        return units;
    }

    // ---- bodies -----------------------------------------------------------------------------------------

    /** The body with this IRI, if described. */
    public Optional<ReferenceBody> body(String iri) {
        return Optional.ofNullable(bodies.get(iri));
    }

    /** The bodies one of whose labels has the same key as {@code name} ("UBND huyện" = "ubnd huyen"). */
    public List<ReferenceBody> bodiesLabelled(String name) {
        return bodiesByLabel.getOrDefault(Keys.key(name), List.of());
    }

    /** Every body described. */
    public Collection<ReferenceBody> bodies() {
        return bodies.values();
    }

    // ---- documents --------------------------------------------------------------------------------------

    /** The document with this IRI, if described. */
    public Optional<ReferenceDocument> document(String iri) {
        return Optional.ofNullable(documents.get(iri));
    }

    /** The documents with this number and symbol. */
    public List<ReferenceDocument> documentsNumbered(String number, String symbol) {
        return byNumberAndSymbol.getOrDefault(numberAndSymbolKey(number, symbol), List.of());
    }

    /** The documents of this type issued on this date. */
    public List<ReferenceDocument> documentsOfTypeOn(String typeCode, LocalDate date) {
        return byTypeAndDate.getOrDefault(typeCode + "|" + date, List.of());
    }

    /** The documents of this type with this title (type word and case ignored: "Luật Thực hiện dân chủ ở cơ sở"). */
    public List<ReferenceDocument> documentsOfTypeTitled(String typeCode, String title) {
        return byTypeAndTitle.getOrDefault(typeCode + "|" + titleKey(title), List.of());
    }

    /** Every document described. */
    public Collection<ReferenceDocument> documents() {
        return documents.values();
    }

    /** The key documents are matched on: the number without leading zeros and the symbol, both keyed. */
    public static String numberAndSymbolKey(String number, String symbol) {
        return Identifiers.dropLeadingZeros(Keys.key(number)) + "|" + Keys.key(symbol).replaceAll("(?<=[a-z])-(?=\\d)", "");
    }

    /** A title without its leading type word ("Luật", "Bộ luật", "Pháp lệnh"), keyed. */
    static String titleKey(String title) {
        return Keys.key(title.strip().replaceFirst("(?iu)^(bộ\\s+luật|luật|pháp\\s+lệnh|hiến\\s+pháp)\\s+", ""));
    }

    // ---- loading ----------------------------------------------------------------------------------------

    private void addBody(Resource b) {
        if (!b.isURIResource() || bodies.containsKey(b.getURI())) {
            return;
        }
        List<String> labels = new ArrayList<>();
        b.listProperties(SKOS.prefLabel).forEachRemaining(s -> labels.add(s.getString()));
        b.listProperties(SKOS.altLabel).forEachRemaining(s -> labels.add(s.getString()));
        List<String> candidates = new ArrayList<>();
        b.listProperties(DG.unitCandidate).forEachRemaining(s -> candidates.add(s.getResource().getURI()));
        Statement unit = b.getProperty(DG.unit);
        Statement level = b.getProperty(DG.level);
        String iri = b.getURI();
        String segment = segmentOf(iri, "/id/body/", 1);
        ReferenceBody body = new ReferenceBody(iri, b.getProperty(DG.bodyKey).getString(), segment,
                unit == null ? null : unit.getResource().getURI(), candidates,
                level == null ? null : lastPart(level.getResource().getURI()), labels);
        bodies.put(iri, body);
        Set<String> keys = new LinkedHashSet<>();
        labels.forEach(l -> keys.add(Keys.key(l)));
        for (String k : keys) {
            bodiesByLabel.computeIfAbsent(k, x -> new ArrayList<>()).add(body);
        }
    }

    private void addDocument(Resource d) {
        if (!d.isURIResource() || documents.containsKey(d.getURI()) || !d.getURI().contains("/id/doc/")) {
            return;
        }
        String iri = d.getURI();
        String type = lastPart(d.getPropertyResourceValue(DG.documentType).getURI());
        LocalDate date = date(d.getProperty(DG.dateIssued));
        Integer year = date != null ? Integer.valueOf(date.getYear()) : year(d.getProperty(DG.issuedYear));
        List<String> issuers = new ArrayList<>();
        d.listProperties(DG.issuer).forEachRemaining(s -> issuers.add(s.getResource().getURI()));
        List<String> candidates = new ArrayList<>();
        for (String i : issuers) {
            ReferenceBody b = bodies.get(i);
            if (b != null) {
                candidates.addAll(b.unitCandidates());
            }
        }
        ReferenceDocument doc = new ReferenceDocument(iri, type, string(d, DG.numberAndSymbol), string(d, DG.documentNumber),
                string(d, DG.symbol), date, year, uri(d, DG.issuingUnit), issuers, segmentOf(iri, "/id/doc/", 3),
                string(d, DG.title), List.copyOf(new LinkedHashSet<>(candidates)));
        index(doc);
    }

    /** Puts a document in the key maps first and in the map by IRI last, so a lookup by IRI finds it fully indexed. */
    private void index(ReferenceDocument doc) {
        if (doc.number() != null && doc.symbol() != null) {
            byNumberAndSymbol.merge(numberAndSymbolKey(doc.number(), doc.symbol()), List.of(doc), ReferenceIndex::concat);
        }
        if (doc.date() != null) {
            byTypeAndDate.merge(doc.typeCode() + "|" + doc.date(), List.of(doc), ReferenceIndex::concat);
        }
        if (doc.title() != null) {
            byTypeAndTitle.merge(doc.typeCode() + "|" + titleKey(doc.title()), List.of(doc), ReferenceIndex::concat);
        }
        documents.put(doc.iri(), doc);
    }

    /** Takes a document out of every map (before it is indexed again as newly described). */
    private void unindex(ReferenceDocument doc) {
        documents.remove(doc.iri());
        if (doc.number() != null && doc.symbol() != null) {
            byNumberAndSymbol.computeIfPresent(numberAndSymbolKey(doc.number(), doc.symbol()), (k, l) -> without(l, doc));
        }
        if (doc.date() != null) {
            byTypeAndDate.computeIfPresent(doc.typeCode() + "|" + doc.date(), (k, l) -> without(l, doc));
        }
        if (doc.title() != null) {
            byTypeAndTitle.computeIfPresent(doc.typeCode() + "|" + titleKey(doc.title()), (k, l) -> without(l, doc));
        }
    }

    private static List<ReferenceDocument> concat(List<ReferenceDocument> a, List<ReferenceDocument> b) {
        List<ReferenceDocument> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<ReferenceDocument> without(List<ReferenceDocument> list, ReferenceDocument doc) {
        List<ReferenceDocument> rest = list.stream().filter(d -> !d.iri().equals(doc.iri())).toList();
        return rest.isEmpty() ? null : rest;
    }

    /**
     * Makes the documents described in {@code graph} (a document just stored) known to later lookups, replacing
     * what was known of the same IRIs: the cost is that of the new documents, not of the index.
     */
    public synchronized void learn(Graph graph) {
        Model m = ModelFactory.createModelForGraph(graph);
        m.listSubjectsWithProperty(DG.documentType).forEachRemaining(d -> {
            if (d.isURIResource()) {
                ReferenceDocument old = documents.get(d.getURI());
                if (old != null) {
                    unindex(old);
                }
                addDocument(d);
            }
        });
    }

    /** The unit segment of a body or document IRI: what lies between the prefix and the last {@code tail} parts. */
    static String segmentOf(String iri, String prefix, int tail) {
        int i = iri.indexOf(prefix);
        if (i < 0) {
            return null;
        }
        String[] parts = iri.substring(i + prefix.length()).split("/");
        if (parts.length <= tail) {
            return null;
        }
        return String.join("/", java.util.Arrays.copyOfRange(parts, 0, parts.length - tail));
    }

    private static String lastPart(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getString();
    }

    private static String uri(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        RDFNode o = s == null ? null : s.getObject();
        return o != null && o.isURIResource() ? o.asResource().getURI() : null;
    }

    private static LocalDate date(Statement s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.getString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer year(Statement s) {
        if (s == null) {
            return null;
        }
        String v = s.getString();
        return v.matches("\\d{4}.*") ? Integer.valueOf(v.substring(0, 4)) : null;
    }
}
