package org.directivegraph.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.directivegraph.vocab.DG;
import org.directivegraph.vocab.Vocab;

/**
 * Writes a {@link UnitModel} as Turtle by hand, in a fixed order (dataset, country, the 2021–2025 units by level
 * and code each followed by its versions, then the units from 1 July 2025 each followed by its version and
 * successions; properties in a fixed order, objects sorted), so that the same sources always give the same
 * bytes. Unit IRIs are written relative to {@code @base <…/id/unit/>}.
 */
final class UnitsTurtle {

    /** The source of every succession statement. */
    static final String SUCCESSION_SOURCE = "The UBTVQH resolutions 1654–1687/NQ-UBTVQH15 on rearranging communes,"
            + " as compiled by the dvhcvn 2025 mapping, checked against the lists"
            + " (data/sources/admin-units-2025-07-predecessors.csv)";

    /** The sources as the README of {@code data/sources/} names them, one per file. */
    static final List<String> SOURCES = List.of(
            "Danh mục đơn vị hành chính (national list of administrative units) of the General Statistics Office,"
                    + " snapshots 01/11/2021, 10/04/2022, 01/10/2022, 10/04/2023, 01/02/2024, 01/05/2024, 01/09/2024,"
                    + " 01/11/2024, 01/01/2025, 01/03/2025, as collected by the public dvhcvn data set"
                    + " (data/sources/admin-units-2021-2025.csv)",
            "Nghị quyết 60-NQ/TW; Công văn 915/CTK-CSCL (province codes) and 1027/CTK-CSCL (commune codes);"
                    + " as compiled by the public dvhcvn 2025 mapping (data/sources/admin-units-2025-07.csv)",
            SUCCESSION_SOURCE);

    private final StringBuilder out = new StringBuilder(1 << 24);
    private long triples;

    private UnitsTurtle() {
    }

    /** The Turtle text and the number of triples in it. */
    record Output(String text, long triples) {
    }

    static Output write(UnitModel m) {
        UnitsTurtle t = new UnitsTurtle();
        t.header(m);
        t.dataset();
        t.country();
        for (UnitModel.Unit u : m.threeTier) {
            t.unit(u);
        }
        for (UnitModel.Unit u : m.twoTier) {
            t.unit(u);
        }
        return new Output(t.out.toString(), t.triples);
    }

    private void header(UnitModel m) {
        String[] lines = {
            "Administrative units of Viet Nam: the three-tier list of 2021-2025 (id/unit/{code}) and the",
            "two-tier structure from 1 July 2025 (id/unit/2025/{code}), with one dg:UnitVersion per listed",
            "name, type and parent, and what each 2025 unit was formed from (dg:succession, dg:predecessor,",
            "dg:successor).",
            "",
            "GENERATED FILE, do not edit. Made by org.directivegraph.units.AdminUnitsGenerator from",
            "data/sources/admin-units-*.csv; data/units/README.md gives the command. The sources are named by",
            "dcterms:source on <" + UnitIris.DATASET + ">.",
            "",
            "Validity: dg:firstListed and dg:lastListed are the first and last snapshots of the official list",
            "that show a version; they bound its validity but are not legal dates. Units and versions last",
            "listed on " + UnitModel.LAST_SNAPSHOT + " (the last snapshot) get dg:validUntil " + UnitModel.LAST_THREE_TIER_DAY
                    + ", because the",
            "two-tier structure took effect on " + UnitModel.REFORM + "; the others get no dg:validUntil (their last",
            "listing is only a bound). Units of the two-tier structure get dg:validFrom " + UnitModel.REFORM + ".",
            "",
            "Clean-ups: names with stray white space are written with single spaces (" + m.namesCleaned + " rows);",
            "where the type column contradicts the name's type word, the name's is used ("
                    + m.typeCorrections.size() + " rows).",
            "Predecessor rows are kept only if both codes exist in their lists (" + m.successions.conflicts().size()
                    + " conflicts reported).",
            "",
            String.format("Counts: %d units of 2021-2025, %d from 2025-07-01, %d versions, %d successions.",
                    m.threeTier.size(), m.twoTier.size(), m.listedRows + m.twoTier.size(), m.successions.linkCount()),
        };
        for (String l : lines) {
            out.append(l.isEmpty() ? "#" : "# " + l).append('\n');
        }
        out.append('\n');
        out.append("@base <").append(UnitIris.UNIT_BASE).append("> .\n");
        prefix("dg", DG.NS);
        prefix("skos", "http://www.w3.org/2004/02/skos/core#");
        prefix("dcterms", "http://purl.org/dc/terms/");
        prefix("dcmitype", "http://purl.org/dc/dcmitype/");
        prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefix("level", Vocab.BASE + "level/");
        prefix("utype", Vocab.BASE + "unit-type/");
        prefix("merge", Vocab.BASE + "merge-type/");
        out.append('\n');
    }

    private void prefix(String p, String ns) {
        out.append("@prefix ").append(p).append(": <").append(ns).append("> .\n");
    }

    private void dataset() {
        Block b = new Block("<" + UnitIris.DATASET + ">")
                .add("a", "dcmitype:Dataset")
                .add("dcterms:title", lang("Đơn vị hành chính Việt Nam 2021–2025 và từ 01/7/2025", "vi"),
                        lang("Administrative units of Viet Nam, 2021–2025 and from 1 July 2025", "en"))
                .add("dcterms:description", lang("Units with official codes, levels, types, names and parents valid in"
                        + " time, and the successions of the reform of 1 July 2025. Generated by"
                        + " org.directivegraph.units.AdminUnitsGenerator; units last listed on " + UnitModel.LAST_SNAPSHOT
                        + " are valid until " + UnitModel.LAST_THREE_TIER_DAY + ".", "en"));
        List<String> sources = new ArrayList<>();
        SOURCES.forEach(s -> sources.add(lit(s)));
        b.add("dcterms:source", sources.toArray(String[]::new));
        write(b);
    }

    private void country() {
        write(new Block("<VN>")
                .add("a", "dg:AdministrativeUnit")
                .add("dg:officialCode", lit("VN"))
                .add("skos:prefLabel", lang("Việt Nam", "vi"), lang("Viet Nam", "en"))
                .add("dg:level", "level:central")
                .add("dg:unitType", "utype:country"));
    }

    private void unit(UnitModel.Unit u) {
        Block b = new Block(rel(u.iri()))
                .add("a", "dg:AdministrativeUnit")
                .add("dg:officialCode", lit(u.code()))
                .add("skos:prefLabel", lang(u.prefLabel(), "vi"))
                .add("skos:altLabel", u.altLabels().stream().map(n -> lang(n, "vi")).toArray(String[]::new))
                .add("dg:level", "level:" + u.level().code())
                .add("dg:unitType", "utype:" + u.type().code())
                .add("dg:parentUnit", rel(u.parentIri()))
                .add("dg:validFrom", date(u.validFrom()))
                .add("dg:validUntil", date(u.validUntil()))
                .add("dg:version", u.versions().stream().map(v -> rel(v.iri())).toArray(String[]::new))
                .add("dg:succession", u.successions().stream().map(s -> rel(s.iri())).toArray(String[]::new))
                .add("dg:predecessor", u.predecessors().stream().map(this::rel).toArray(String[]::new))
                .add("dg:successor", u.successors().stream().map(this::rel).toArray(String[]::new));
        write(b);
        for (UnitModel.Version v : u.versions()) {
            write(new Block(rel(v.iri()))
                    .add("a", "dg:UnitVersion")
                    .add("dg:name", lit(v.name()))
                    .add("dg:unitType", "utype:" + v.type().code())
                    .add("dg:parentUnit", rel(v.parentIri()))
                    .add("dg:firstListed", date(v.firstListed()))
                    .add("dg:lastListed", date(v.lastListed()))
                    .add("dg:validFrom", date(v.validFrom()))
                    .add("dg:validUntil", date(v.validUntil())));
        }
        for (UnitModel.Succession s : u.successions()) {
            write(new Block(rel(s.iri()))
                    .add("a", "dg:Succession")
                    .add("dg:fromUnit", rel(s.fromIri()))
                    .add("dg:mergeType", "merge:" + s.mergeType())
                    .add("dg:effectiveDate", date(UnitModel.REFORM))
                    .add("dcterms:source", lit(SUCCESSION_SOURCE)));
        }
    }

    private void write(Block b) {
        out.append(b.subject);
        String sep = " ";
        for (String[] po : b.lines) {
            out.append(sep).append(po[0]).append(' ');
            for (int i = 1; i < po.length; i++) {
                out.append(i > 1 ? " , " : "").append(po[i]);
                triples++;
            }
            sep = " ;\n    ";
        }
        out.append(" .\n\n");
    }

    private String rel(String iri) {
        if (!iri.startsWith(UnitIris.UNIT_BASE)) {
            return "<" + iri + ">";
        }
        return "<" + iri.substring(UnitIris.UNIT_BASE.length()) + ">";
    }

    private static String date(LocalDate d) {
        return d == null ? null : "\"" + d + "\"^^xsd:date";
    }

    private static String lang(String s, String tag) {
        return lit(s) + "@" + tag;
    }

    static String lit(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** One subject with its predicate-object lists; null or empty objects are left out. */
    private static final class Block {
        final String subject;
        final List<String[]> lines = new ArrayList<>();

        Block(String subject) {
            this.subject = subject;
        }

        Block add(String predicate, String... objects) {
            List<String> present = new ArrayList<>();
            for (String o : objects) {
                if (o != null) {
                    present.add(o);
                }
            }
            if (!present.isEmpty()) {
                String[] line = new String[present.size() + 1];
                line[0] = predicate;
                for (int i = 0; i < present.size(); i++) {
                    line[i + 1] = present.get(i);
                }
                lines.add(line);
            }
            return this;
        }
    }
}
