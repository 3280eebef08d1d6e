package org.directivegraph.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.directivegraph.vocab.DG;

/**
 * Reads units, versions and successions from a graph holding the generated units data (possibly with other
 * data). The periods versions may have been in force are widened from their listings to the neighbouring
 * snapshots: a version first listed on snapshot S may have started the day after the snapshot before S, and
 * one last listed on S may have lasted until the day before the next; before the first snapshot the period is
 * open. {@code dg:validFrom} / {@code dg:validUntil} bound it where given.
 */
final class UnitGraphReader {

    /** What the graph holds. */
    record Content(Map<String, UnitEntry> units, List<SuccessionLink> successions) {
    }

    private record RawVersion(String iri, String name, UnitType type, String parentIri, LocalDate firstListed,
            LocalDate lastListed, LocalDate validFrom, LocalDate validUntil) {
    }

    private final Graph graph;

    private UnitGraphReader(Graph graph) {
        this.graph = graph;
    }

    static Content read(Graph graph) {
        return new UnitGraphReader(graph).read();
    }

    private Content read() {
        Map<String, List<RawVersion>> raw = new TreeMap<>();
        Map<String, Node> units = new TreeMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), node(DG.AdministrativeUnit.getURI()))
                .forEachRemaining(t -> units.put(t.getSubject().getURI(), t.getSubject()));
        NavigableSet<LocalDate> snapshots = new TreeSet<>();
        for (var e : units.entrySet()) {
            List<RawVersion> versions = new ArrayList<>();
            graph.find(e.getValue(), node(DG.version.getURI()), Node.ANY).forEachRemaining(t -> {
                Node v = t.getObject();
                RawVersion rv = new RawVersion(v.getURI(), string(v, DG.name.getURI()),
                        UnitType.of(iri(v, DG.unitType.getURI())).orElse(null), iri(v, DG.parentUnit.getURI()),
                        date(v, DG.firstListed.getURI()), date(v, DG.lastListed.getURI()),
                        date(v, DG.validFrom.getURI()), date(v, DG.validUntil.getURI()));
                versions.add(rv);
                if (rv.firstListed() != null) {
                    snapshots.add(rv.firstListed());
                }
                if (rv.lastListed() != null) {
                    snapshots.add(rv.lastListed());
                }
            });
            versions.sort(Comparator.comparing((RawVersion v) -> v.firstListed() != null ? v.firstListed()
                    : v.validFrom() != null ? v.validFrom() : LocalDate.MIN).thenComparing(RawVersion::iri));
            raw.put(e.getKey(), versions);
        }
        Map<String, UnitEntry> entries = new TreeMap<>();
        for (var e : units.entrySet()) {
            Node u = e.getValue();
            List<UnitEntry.Version> versions = raw.get(e.getKey()).stream().map(v -> widen(v, snapshots)).toList();
            String label = label(u);
            entries.put(e.getKey(), new UnitEntry(e.getKey(), string(u, DG.officialCode.getURI()),
                    UnitLevel.of(iri(u, DG.level.getURI())).orElse(null),
                    UnitType.of(iri(u, DG.unitType.getURI())).orElse(null), label,
                    iri(u, DG.parentUnit.getURI()), versions));
        }
        return new Content(entries, successions());
    }

    private List<SuccessionLink> successions() {
        List<SuccessionLink> links = new ArrayList<>();
        graph.find(Node.ANY, node(DG.succession.getURI()), Node.ANY).forEachRemaining(t -> {
            Node s = t.getObject();
            String merge = iri(s, DG.mergeType.getURI());
            links.add(new SuccessionLink(s.isURI() ? s.getURI() : s.getBlankNodeLabel(),
                    iri(s, DG.fromUnit.getURI()), t.getSubject().getURI(),
                    merge == null ? null : merge.substring(merge.lastIndexOf('/') + 1)));
        });
        links.sort(Comparator.comparing(SuccessionLink::toUnit).thenComparing(SuccessionLink::fromUnit));
        return links;
    }

    private static UnitEntry.Version widen(RawVersion v, NavigableSet<LocalDate> snapshots) {
        LocalDate from = v.validFrom();
        if (from == null && v.firstListed() != null) {
            LocalDate before = snapshots.lower(v.firstListed());
            from = before == null ? null : before.plusDays(1);
        }
        LocalDate until = v.validUntil();
        if (until == null && v.lastListed() != null) {
            LocalDate after = snapshots.higher(v.lastListed());
            until = after == null ? null : after.minusDays(1);
        }
        LocalDate listedFrom = v.firstListed() != null ? v.firstListed() : v.validFrom();
        LocalDate listedUntil = v.validUntil() != null ? v.validUntil() : v.lastListed();
        return new UnitEntry.Version(v.iri(), v.name(), v.type(), v.parentIri(), from, until, listedFrom, listedUntil);
    }

    private String label(Node u) {
        String any = null;
        for (Triple t : graph.find(u, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
            Node o = t.getObject();
            if (!o.isLiteral()) {
                continue;
            }
            if ("vi".equalsIgnoreCase(o.getLiteralLanguage())) {
                return o.getLiteralLexicalForm();
            }
            any = any == null ? o.getLiteralLexicalForm() : any;
        }
        return any;
    }

    private Node object(Node s, String p) {
        var it = graph.find(s, node(p), Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private String string(Node s, String p) {
        Node o = object(s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private String iri(Node s, String p) {
        Node o = object(s, p);
        return o != null && o.isURI() ? o.getURI() : null;
    }

    private LocalDate date(Node s, String p) {
        String v = string(s, p);
        return v == null ? null : LocalDate.parse(v);
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
