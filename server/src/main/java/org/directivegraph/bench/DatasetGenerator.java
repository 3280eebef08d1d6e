package org.directivegraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.resolve.Identifiers;
import org.directivegraph.store.GraphNames;

/**
 * Generates a national dataset, deterministic by seed, from the real administrative units of the 2021–2025 list:
 * for each year, {@value #DIRECTIVES} Central directives (Chỉ thị of the Thủ tướng) with tasks and themes; each
 * province's UBND issues a plan implementing one of them, each district's UBND a plan implementing its province's
 * plan, each commune's UBND one implementing its district's. Every plan is rendered as a text
 * ({@link PlanTextRenderer}) and written as one named graph ({@link GraphNames#ofDocument}) of N-Quads, with evidence
 * spans into that text. Defects at the rates of {@link PlanFactory.Defects#DEFAULT}: plans printed without a number
 * (then cited by issuer alone, as an unresolved document), district plans never published (cited by the communes but
 * absent), citations of the replaced Chỉ thị 16/CT-TTg of 2016.
 */
public final class DatasetGenerator {

    /** Central directives per year. */
    static final int DIRECTIVES = 4;
    /** The last year plans are generated for. */
    static final int LAST_YEAR = 2024;
    private static final String REPLACED = Identifiers.DEFAULT.document("VN", "ttg", 2016, "ct", "16");

    /**
     * What to generate.
     *
     * @param scope a province code (2 digits), a district code (3 digits) or {@code country}
     * @param seed  the seed: the same options give the same bytes
     * @param years how many years of plans, ending with {@value #LAST_YEAR}
     * @param limit most communes per district (0: all)
     */
    public record Options(String scope, long seed, int years, int limit) {
        public Options {
            if (years < 1 || years > 10) {
                throw new IllegalArgumentException("--years must be between 1 and 10, got " + years);
            }
            if (limit < 0) {
                throw new IllegalArgumentException("--limit must not be negative, got " + limit);
            }
            if (!scope.equals("country") && !scope.matches("\\d{2,3}")) {
                throw new IllegalArgumentException("--scope must be a province code (2 digits), a district code (3 digits) or 'country', got '" + scope + "'");
            }
        }
    }

    /** One generated plan: the model, its IRI and its rendered text. */
    public record Generated(Plan plan, String iri, PlanText text) {
        /** The text, as read by the extractor. */
        public DocumentText documentText() {
            return new DocumentText(text.fileName(), text.text());
        }
    }

    /** What was written. */
    public record Summary(long graphs, long triples, long plans, long blankNumbers, long missingPlans, long replacedCitations) {
    }

    private final AdminUnits units;
    private final PlanTextRenderer renderer = new PlanTextRenderer();

    DatasetGenerator(AdminUnits units) {
        this.units = units;
    }

    /** A generator over the packaged administrative units. */
    public static DatasetGenerator packaged() {
        return new DatasetGenerator(AdminUnits.packaged());
    }

    /** Writes the dataset as gzipped N-Quads to {@code out}; each plan is also given to {@code onPlan}. */
    public Summary generate(Options options, Path out, Consumer<Generated> onPlan) {
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
                return generate(options, os, onPlan);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the dataset as N-Quads to {@code out} (not closed). */
    public Summary generate(Options options, OutputStream out, Consumer<Generated> onPlan) {
        Random random = new Random(options.seed());
        PlanFactory factory = new PlanFactory(random, PlanFactory.Defects.DEFAULT);
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        stream.start();
        Counter c = new Counter(stream, onPlan);
        List<AdminUnits.Unit> provinces = provinces(options.scope());
        for (int year = LAST_YEAR - options.years() + 1; year <= LAST_YEAR; year++) {
            List<Plan.Reference> directives = new ArrayList<>();
            for (int i = 0; i < DIRECTIVES; i++) {
                Plan d = factory.directive(i + DIRECTIVES * (year - 2000), year);
                String iri = Identifiers.DEFAULT.document("VN", "ttg", d.date().getYear(), "ct", d.number());
                c.write(iri, PlanGraph.ofDirective(d, iri));
                directives.add(PlanFactory.referenceTo(d, iri, "Thủ tướng Chính phủ"));
            }
            Plan.Reference replaced = new Plan.Reference(REPLACED, "Chỉ thị", "ct", "16", "CT-TTg",
                    java.time.LocalDate.of(2016, 5, 16), "Thủ tướng Chính phủ",
                    "Về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới");
            for (int p = 0; p < provinces.size(); p++) {
                AdminUnits.Unit province = provinces.get(p);
                Plan.Reference directive = directives.get((p + year) % DIRECTIVES);
                Plan.Reference provincePlan = c.plan(factory.plan(province, null, year, 100 + random.nextInt(900), directive, directive, replaced));
                for (AdminUnits.Unit district : districts(options.scope(), province)) {
                    Plan.Reference districtPlan = c.plan(factory.plan(district, province, year, 1 + random.nextInt(300), provincePlan, directive, replaced));
                    List<AdminUnits.Unit> communes = units.childrenOf(district.code());
                    int n = options.limit() == 0 ? communes.size() : Math.min(options.limit(), communes.size());
                    for (AdminUnits.Unit commune : communes.subList(0, n)) {
                        c.plan(factory.plan(commune, district, year, 1 + random.nextInt(150), districtPlan, directive, replaced));
                    }
                }
            }
        }
        stream.finish();
        return new Summary(c.graphs, c.triples, c.plans, c.blank, c.missing, c.replaced);
    }

    private List<AdminUnits.Unit> provinces(String scope) {
        if (scope.equals("country")) {
            return units.provinces();
        }
        AdminUnits.Unit u = units.unit(scope);
        return List.of(u.level().equals("province") ? u : units.unit(u.parent()));
    }

    private List<AdminUnits.Unit> districts(String scope, AdminUnits.Unit province) {
        if (scope.length() == 3) {
            return List.of(units.unit(scope));
        }
        return units.childrenOf(province.code());
    }

    /** Renders, writes and counts. */
    private final class Counter {
        final StreamRDF stream;
        final Consumer<Generated> onPlan;
        long graphs;
        long triples;
        long plans;
        long blank;
        long missing;
        long replaced;

        Counter(StreamRDF stream, Consumer<Generated> onPlan) {
            this.stream = stream;
            this.onPlan = onPlan;
        }

        void write(String iri, Graph g) {
            var name = NodeFactory.createURI(GraphNames.ofDocument(iri));
            g.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
            graphs++;
            triples += g.size();
        }

        /** Renders and writes a plan (unless it is a missing one); returns how the plans below cite it. */
        Plan.Reference plan(Plan p) {
            String fileName = p.unitCode() + "-" + p.period() + "-kh.txt";
            PlanText text = renderer.render(p, fileName);
            String iri = p.number() != null
                    ? Identifiers.DEFAULT.document(p.unitCode(), "ubnd", p.date().getYear(), "kh", p.number())
                    : Identifiers.DEFAULT.numberlessDocument(p.unitCode(), "ubnd", p.date().getYear(), "kh",
                            new DocumentText(fileName, text.text()).sha256());
            plans++;
            if (p.number() == null) {
                blank++;
            }
            if (p.citations().stream().anyMatch(r -> REPLACED.equals(r.iri()))) {
                replaced++;
            }
            if (p.missing()) {
                missing++;
            } else {
                write(iri, PlanGraph.ofPlan(p, iri, text));
                onPlan.accept(new Generated(p, iri, text));
            }
            String issuer = "UBND " + Character.toLowerCase(p.unitName().charAt(0)) + p.unitName().substring(1);
            Plan.Reference ref = PlanFactory.referenceTo(p, iri, issuer);
            return p.number() == null ? new Plan.Reference(null, ref.typeWord(), ref.typeCode(), null, ref.symbol(), ref.date(), issuer, ref.subject()) : ref;
        }
    }
}
