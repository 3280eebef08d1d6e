package org.directivegraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.PackagedData;
import org.directivegraph.vocab.DG;

/** The units of the 2021–2025 list (province, district, commune) read from the packaged {@code admin-units.ttl.gz}. */
final class AdminUnits {

    /** One unit: official code, name as listed ("Xã Thái Học"), level and parent code. */
    record Unit(String code, String name, String level, String parent) {
        /** The name without its type word ("Thái Học"). */
        String shortName() {
            for (String type : TYPE_WORDS) {
                if (name.startsWith(type + " ")) {
                    return name.substring(type.length() + 1);
                }
            }
            return name;
        }

        /** The type word ("Xã", "Huyện", "Thành phố"). */
        String typeWord() {
            return name.substring(0, name.length() - shortName().length()).trim();
        }
    }

    private static final List<String> TYPE_WORDS = List.of("Thành phố", "Thị xã", "Thị trấn", "Tỉnh", "Quận", "Huyện", "Xã", "Phường");
    private static final String UNIT_PREFIX = GraphNames.BASE + "id/unit/";

    private final Map<String, Unit> byCode;
    private final Map<String, List<Unit>> children = new LinkedHashMap<>();

    private AdminUnits(Map<String, Unit> byCode) {
        this.byCode = byCode;
        for (Unit u : byCode.values()) {
            children.computeIfAbsent(u.parent(), k -> new ArrayList<>()).add(u);
        }
        children.values().forEach(l -> l.sort(Comparator.comparing(Unit::code)));
    }

    /** Reads the packaged list. */
    static synchronized AdminUnits packaged() {
        if (packaged == null) {
            packaged = of(PackagedData.graph("data/units/*.ttl.gz"));
        }
        return packaged;
    }

    private static AdminUnits packaged;

    /** Reads the units of the 2021–2025 list from a units graph. */
    static AdminUnits of(Graph g) {
        Map<String, Unit> units = new LinkedHashMap<>();
        Node label = SKOS.prefLabel.asNode();
        g.find(Node.ANY, DG.officialCode.asNode(), Node.ANY).forEachRemaining(t -> {
            String iri = t.getSubject().getURI();
            String code = t.getObject().getLiteralLexicalForm();
            if (!iri.equals(UNIT_PREFIX + code) || !code.matches("\\d+")) {
                return;
            }
            String name = first(g, t.getSubject(), label);
            String level = first(g, t.getSubject(), DG.level.asNode());
            String parent = first(g, t.getSubject(), DG.parentUnit.asNode());
            if (name == null || level == null || parent == null) {
                return;
            }
            units.put(code, new Unit(code, name, level.substring(level.lastIndexOf('/') + 1), parent.substring(UNIT_PREFIX.length())));
        });
        return new AdminUnits(units);
    }

    private static String first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            if (!it.hasNext()) {
                return null;
            }
            Node o = it.next().getObject();
            return o.isURI() ? o.getURI() : o.getLiteralLexicalForm();
        } finally {
            it.close();
        }
    }

    /** The provinces, by code. */
    List<Unit> provinces() {
        return children.getOrDefault("VN", List.of());
    }

    /** The units directly under a unit, by code. */
    List<Unit> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** A unit by code. */
    Unit unit(String code) {
        Unit u = byCode.get(code);
        if (u == null) {
            throw new IllegalArgumentException("no unit with code '" + code + "' in the 2021-2025 list");
        }
        return u;
    }
}
