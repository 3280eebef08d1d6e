package org.directivegraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.directivegraph.units.UnitRef;

/**
 * Names the document a citation refers to, by {@code docs/identifiers.md}, in the context of the citing
 * document's unit.
 *
 * <p>The issuing unit comes from the issuer as written, resolved like any body name ({@link BodyResolver}):
 * Central bodies give {@code VN}; "UBND tỉnh", "Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh" the citing unit's province;
 * "UBND huyện" / "UBND quận" its district; "UBND thành phố", "Thành ủy" its nearest city; a named unit ("UBND xã
 * Tân Hồng") that unit, looked up under the same district first. Without an issuer, the symbol says what it can:
 * {@code TTg}, {@code CP}, {@code QH}, {@code UBTVQH}, {@code TW}, {@code BNV} … are Central, {@code TU} the
 * province, {@code HU} the district. The symbol, not the words, gives the issuer key of the IRI ({@code QĐ/TW} ->
 * {@code tw} even when the text says "Ban Thường vụ Thành ủy").
 *
 * <p>A known document of the reference data is preferred: same number and symbol (spacing and diacritics
 * ignored), no contradicting date or year, and the same issuing unit when the words name one; without a
 * number, the same type and date, or for a law the same title. Otherwise an IRI is minted from the unit
 * segment, issuer key, year, type and number. A citation with no number (and no known match) is unresolved: its
 * IRI is local to the citing document, {@code {citing}/cited/{hash8 of the key of the citation text}}; so is
 * one with a number but no year, which cannot be named outside the citing document.
 */
public final class DocumentResolver {

    /** Issuer keys (first part) of Central symbols. */
    private static final Set<String> CENTRAL = Set.of("ttg", "cp", "qh", "ubtvqh", "tw", "bct", "bbt", "bchtw", "vptw",
            "vpcp", "bnv", "btp", "btc", "bca", "bqp", "byt", "bgddt", "bkhdt", "btnmt", "bnnptnt", "bldtbxh", "bvhttdl",
            "btttt", "bxd", "bgtvt", "bng", "bkhcn", "nhnn", "ttcp", "tandtc", "vksndtc", "ktnn");
    /** Types of documents only the Centre issues. */
    private static final Set<String> CENTRAL_TYPES = Set.of("luat", "pl", "nd");
    /** Types of documents a title alone identifies. */
    private static final Set<String> TITLED_TYPES = Set.of("luat", "pl");

    private final ReferenceIndex index;
    private final Identifiers ids;
    private final BodyResolver bodies;

    /** Resolves against {@code index}, minting IRIs with {@code ids}. */
    public DocumentResolver(ReferenceIndex index, Identifiers ids) {
        this.index = index;
        this.ids = ids;
        this.bodies = new BodyResolver(index, ids);
    }

    /** Resolves against {@code index} with the canonical base. */
    public DocumentResolver(ReferenceIndex index) {
        this(index, Identifiers.DEFAULT);
    }

    /** Resolves a citation of the document {@code citingIri}, whose unit is {@code context}. */
    public DocumentResolution resolve(CitedDocument d, String citingIri, UnitContext context) {
        List<String> warnings = new ArrayList<>();
        String symbolKey = Identifiers.issuerKeyOfSymbol(d.symbol());

        List<BodyResolution> issuers = new ArrayList<>();
        UnitTarget strong = null;
        for (String part : issuerParts(d.issuerText())) {
            BodyResolution b = bodies.resolve(part, context);
            if (!b.isBody()) {
                continue;
            }
            issuers.add(b);
            BodyName n = b.name();
            if (n.kind() == BodyName.Kind.CENTRAL || n.ruled() || n.unitWord() != null) {
                if (strong == null) {
                    strong = b.unit();
                } else if (!strong.segment().equals(b.unit().segment())) {
                    warnings.add("the issuers named belong to different units: " + strong.segment() + ", "
                            + b.unit().segment());
                }
            }
        }
        UnitTarget target = strong != null ? strong : fromSymbol(symbolKey, d.typeCode(), context);

        Integer numberYear = Identifiers.yearOfNumber(d.number());
        if (numberYear != null && d.date() != null && numberYear != d.date().getYear()) {
            warnings.add("the number says " + numberYear + " but the date says " + d.date().getYear());
        }
        Integer year = d.knownYear();

        List<String> candidates = new ArrayList<>();
        List<ReferenceDocument> hits = matches(d, target, strong != null, year, candidates);
        if (hits.size() == 1) {
            ReferenceDocument k = hits.get(0);
            if (d.typeCode() != null && !d.typeCode().equals(k.typeCode())) {
                warnings.add("cited as " + d.typeCode() + ", known as " + k.typeCode() + ": " + k.iri());
            }
            if (target != null && !target.segment().equals(k.segment())) {
                warnings.add("the symbol suggests unit " + target.segment() + ", the known document is of " + k.segment());
            }
            return new DocumentResolution(k.iri(), DocumentResolution.Status.KNOWN, k.segment(), issuerKeyOf(k, symbolKey),
                    k.year(), issuers, k, List.of(), warnings);
        }
        if (hits.size() > 1) {
            hits.forEach(h -> candidates.add(h.iri()));
            warnings.add("several known documents fit: " + candidates);
        }

        String issuerKey = symbolKey != null ? symbolKey : issuers.isEmpty() ? null : issuers.get(0).key();
        String segment = target != null ? target.segment() : null;
        if (!d.hasNumber() || d.typeCode() == null || issuerKey == null || year == null) {
            if (!d.hasNumber() && d.date() != null) {
                warnings.add("a date without a number names no known document");
            } else if (d.hasNumber()) {
                warnings.add("a number without " + (d.typeCode() == null ? "a type" : issuerKey == null ? "a symbol or issuer"
                        : "a year") + " names no document outside the citing one");
            }
            String text = d.citationText() != null && !Keys.key(d.citationText()).isEmpty() ? d.citationText()
                    : String.join(" ", nonNull(d.typeCode(), d.number(), d.symbol(), d.issuerText(), d.title()));
            return new DocumentResolution(Identifiers.unresolvedCited(citingIri, text), DocumentResolution.Status.UNRESOLVED,
                    segment, issuerKey, year, issuers, null, candidates, warnings);
        }
        if (segment == null) {
            segment = Identifiers.unresolvedUnitSegment(d.issuerText() != null && !Keys.key(d.issuerText()).isEmpty()
                    ? d.issuerText() : issuerKey);
            warnings.add("the issuing unit is not stated; unit segment " + segment);
        } else if (target.warning() != null) {
            warnings.add(target.warning());
        }
        String iri = ids.document(segment, issuerKey, year, d.typeCode(), d.number());
        return new DocumentResolution(iri, DocumentResolution.Status.MINTED, segment, issuerKey, year, issuers, null,
                candidates, warnings);
    }

    /**
     * Resolves every citation of one document, in order; then a citation left unresolved only for want of a year
     * ("Quyết định 269-QĐ/TU của Ban Thường vụ Tỉnh ủy") takes the document of another citation of the same
     * document with the same type, number, symbol and unit that is identified ("Quyết định số 269-QĐ/TU, ngày
     * 30/11/2021 …"), with a warning.
     */
    public List<DocumentResolution> resolveAll(List<CitedDocument> citations, String citingIri, UnitContext context) {
        List<DocumentResolution> out = new ArrayList<>(citations.size());
        for (CitedDocument d : citations) {
            out.add(resolve(d, citingIri, context));
        }
        // the identified citations by number and symbol, each key computed once: looking through every citation for
        // every unresolved one cost the square of their number in a text of thousands of citations
        Map<String, List<Integer>> identified = new HashMap<>();
        String[] keys = new String[citations.size()];
        for (int j = 0; j < out.size(); j++) {
            CitedDocument other = citations.get(j);
            if (other.hasNumber() && other.symbol() != null) {
                keys[j] = ReferenceIndex.numberAndSymbolKey(other.number(), other.symbol());
                if (!out.get(j).isUnresolved()) {
                    identified.computeIfAbsent(keys[j], k -> new ArrayList<>()).add(j);
                }
            }
        }
        Map<String, Integer> firstFit = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            DocumentResolution r = out.get(i);
            CitedDocument d = citations.get(i);
            if (!r.isUnresolved() || keys[i] == null) {
                continue;
            }
            List<Integer> sameKey = identified.getOrDefault(keys[i], List.of());
            int j = firstFit.computeIfAbsent(keys[i] + "|" + d.typeCode() + "|" + r.unitSegment(),
                    q -> firstFit(sameKey, d, r, citations, out));
            if (j < 0) {
                continue;
            }
            DocumentResolution o = out.get(j);
            List<String> warnings = new ArrayList<>(r.warnings());
            warnings.add("identified by citation " + (j + 1) + " of the same document, which states more");
            out.set(i, new DocumentResolution(o.iri(), o.status(), o.unitSegment(), o.issuerKey(), o.year(), r.issuers(),
                    o.known(), r.candidates(), warnings));
        }
        return out;
    }

    /** The first identified citation (of those with the same number and symbol) of the same type and unit, or -1. */
    private static int firstFit(List<Integer> sameKey, CitedDocument d, DocumentResolution r, List<CitedDocument> citations,
                                List<DocumentResolution> resolved) {
        for (int j : sameKey) {
            CitedDocument other = citations.get(j);
            DocumentResolution o = resolved.get(j);
            if ((d.typeCode() == null || other.typeCode() == null || d.typeCode().equals(other.typeCode()))
                    && (r.unitSegment() == null || r.unitSegment().equals(o.unitSegment()))) {
                return j;
            }
        }
        return -1;
    }

    /** The known documents the citation fits. */
    private List<ReferenceDocument> matches(CitedDocument d, UnitTarget target, boolean strong, Integer year,
            List<String> nearMisses) {
        List<ReferenceDocument> hits;
        if (d.hasNumber() && d.symbol() != null) {
            hits = index.documentsNumbered(d.number(), d.symbol()).stream().filter(h -> sameTime(h, d, year)).toList();
            if (target == null) {
                hits = d.date() != null ? hits : List.of();
            } else {
                List<ReferenceDocument> same = hits.stream().filter(h -> sameUnit(h, target)).toList();
                hits.stream().filter(h -> !same.contains(h)).forEach(h -> nearMisses.add(h.iri()));
                hits = !same.isEmpty() || strong || d.date() == null ? same : hits;
            }
            if (hits.size() > 1 && d.typeCode() != null) {
                List<ReferenceDocument> sameType = hits.stream().filter(h -> d.typeCode().equals(h.typeCode())).toList();
                hits = sameType.isEmpty() ? hits : sameType;
            }
            return hits;
        }
        if (d.hasNumber() || d.typeCode() == null) {
            return List.of();
        }
        hits = List.of();
        if (d.date() != null) {
            hits = index.documentsOfTypeOn(d.typeCode(), d.date()).stream()
                    .filter(h -> target == null || sameUnit(h, target)).toList();
        }
        if (hits.isEmpty() && d.title() != null && TITLED_TYPES.contains(d.typeCode())) {
            hits = index.documentsOfTypeTitled(d.typeCode(), d.title()).stream().filter(h -> sameTime(h, d, year))
                    .filter(h -> target == null || sameUnit(h, target)).toList();
        }
        return hits;
    }

    /** No contradicting date or year. */
    private static boolean sameTime(ReferenceDocument h, CitedDocument d, Integer year) {
        if (d.date() != null && h.date() != null) {
            return d.date().equals(h.date());
        }
        return year == null || h.year() == null || year.equals(h.year());
    }

    /** Same unit segment; for {@code x-…} segments, candidate units in common when both know some. */
    private static boolean sameUnit(ReferenceDocument h, UnitTarget target) {
        if (!target.segment().equals(h.segment())) {
            return false;
        }
        if (!Identifiers.isUnresolvedSegment(target.segment()) || h.unitCandidates().isEmpty()
                || target.candidates().isEmpty()) {
            return true;
        }
        Set<String> theirs = new HashSet<>(h.unitCandidates());
        return target.candidates().stream().map(UnitRef::iri).anyMatch(theirs::contains);
    }

    /** The unit a symbol alone points to, or null. */
    static UnitTarget fromSymbol(String symbolKey, String typeCode, UnitContext context) {
        if (symbolKey == null) {
            return typeCode != null && CENTRAL_TYPES.contains(typeCode) ? UnitTarget.country() : null;
        }
        String first = symbolKey.split("-")[0];
        if (CENTRAL.contains(first) || first.endsWith("tw")) {
            return UnitTarget.country();
        }
        return switch (first) {
            case "tu", "btvtu", "bdvtu" -> context.at(UnitScope.PROVINCE, null);
            case "hu", "btvhu", "bdvhu" -> context.at(UnitScope.DISTRICT, "huyen");
            case "qu", "btvqu", "bdvqu" -> context.at(UnitScope.DISTRICT, "quan");
            case "du", "btvdu" -> context.own();
            default -> null;
        };
    }

    /** The issuer parts of a joint issuer ("Ban Dân vận Huyện ủy và Ủy ban nhân dân huyện"), else the whole. */
    static List<String> issuerParts(String issuerText) {
        if (issuerText == null || Keys.key(issuerText).isEmpty()) {
            return List.of();
        }
        String[] parts = issuerText.split("\\s+(?:và|với)\\s+");
        if (parts.length > 1) {
            boolean allBodies = true;
            for (String p : parts) {
                BodyName n = BodyNames.parse(p);
                allBodies &= n.kind() != BodyName.Kind.NOT_A_BODY && (n.ruled() || n.unitWord() != null);
            }
            if (allBodies) {
                return List.of(parts);
            }
        }
        return List.of(issuerText);
    }

    private static String issuerKeyOf(ReferenceDocument k, String symbolKey) {
        String fromSymbol = Identifiers.issuerKeyOfSymbol(k.symbol());
        return fromSymbol != null ? fromSymbol : symbolKey;
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
