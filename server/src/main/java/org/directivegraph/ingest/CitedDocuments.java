package org.directivegraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.directivegraph.extract.citation.CitationMention;
import org.directivegraph.units.UnitLevel;
import org.directivegraph.units.UnitRef;

/**
 * Names the document a citation refers to, by docs/identifiers.md: a known document when its number and
 * symbol (or, without a number, its type and date) match one; else an IRI minted from the symbol's issuer, the
 * issuing unit the citation's words point to relative to the citing document's unit, the year, type and
 * number; a citation with neither number nor date names an unresolved document local to the citing one.
 */
public final class CitedDocuments {

    private static final Set<String> CENTRAL = Set.of("ttg", "cp", "qh", "ubtvqh", "tw", "bct", "bbt", "bnv", "btp",
            "vptw", "btc", "bkhdt", "bgddt", "byt", "bca", "bqp", "ttcp", "tandtc", "vksndtc", "ktnn");
    private static final Pattern PROVINCE_WORDS = Pattern.compile("(?iu)\\b(tỉnh|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|đảng bộ tỉnh)\\b");
    private static final Pattern DISTRICT_WORDS = Pattern.compile("(?iu)\\b(huyện|quận|thị xã|huyện ủy|huyện uỷ|quận ủy|quận uỷ)\\b");
    private static final Pattern CITY_WORDS = Pattern.compile("(?iu)\\bthành phố\\b");
    private static final Pattern COMMUNE_WORDS = Pattern.compile("(?iu)\\b(xã|phường|thị trấn|đảng ủy|đảng uỷ)\\b");

    private final KnownDocuments known;

    /** Resolution against these known documents. */
    public CitedDocuments(KnownDocuments known) {
        this.known = known;
    }

    /** The IRI of the cited document and whether it is unresolved. */
    public record Cited(String iri, boolean unresolved) {
    }

    /** Resolves one citation of a document issued in {@code unit}. */
    public Cited resolve(CitationMention m, String citingIri, IssuingUnit unit, String base) {
        String date = m.date() == null ? null : m.date().toString();
        if (m.numberAndSymbol() != null) {
            List<KnownDocuments.Known> hits = known.withNumber(m.numberAndSymbol());
            if (date != null) {
                List<KnownDocuments.Known> sameDate = hits.stream().filter(k -> date.equals(k.date())).toList();
                if (!sameDate.isEmpty()) {
                    hits = sameDate;
                }
            }
            String segment = segment(m, unit);
            if (hits.size() > 1 && segment != null) {
                List<KnownDocuments.Known> inUnit = hits.stream().filter(k -> k.iri().contains("/id/doc/" + segment + "/")).toList();
                if (!inUnit.isEmpty()) {
                    hits = inUnit;
                }
            }
            if (hits.size() == 1) {
                return new Cited(hits.get(0).iri(), false);
            }
        } else if (m.typeCode() != null) {
            List<KnownDocuments.Known> hits = date == null ? List.of() : known.withTypeAndDate(m.typeCode(), date);
            if (hits.isEmpty() && m.subject() != null) {
                hits = known.withTypeAndTitle(m.typeCode(), m.subject());
            }
            if (hits.size() == 1) {
                return new Cited(hits.get(0).iri(), false);
            }
        }
        if (m.number() == null || m.typeCode() == null) {
            return new Cited(citingIri + "/cited/" + Keys.sha256(Keys.key(m.text())).substring(0, 8), true);
        }
        Integer year = m.year() != null ? m.year() : null;
        String issuerKey = m.symbol() == null ? "x" : Keys.issuerOfSymbol(m.symbol(), hasTypeLetters(m.symbol()));
        String segment = segment(m, unit);
        return new Cited(base + "id/doc/" + (segment == null ? unit.segment() : segment) + "/" + issuerKey + "/"
                + (year == null ? "x" : year) + "/" + m.typeCode() + "-" + Keys.number(m.number()), false);
    }

    static boolean hasTypeLetters(String symbol) {
        // "KH-UBND", "QĐ/TW", "NĐ-CP": the first part is type letters; "UBND-NCPC" (official letter) has none
        String first = symbol.split("[-/]")[0];
        return !first.equalsIgnoreCase("UBND") && !first.equalsIgnoreCase("HĐND") && !first.matches("(?i)QH\\d*");
    }

    /** The unit segment the citation's issuer words point to, relative to the citing unit; null if they say nothing. */
    static String segment(CitationMention m, IssuingUnit unit) {
        String issuer = m.issuerText() == null ? "" : m.issuerText().toLowerCase(Locale.ROOT);
        String symbolIssuer = m.symbol() == null ? "" : Keys.issuerOfSymbol(m.symbol(), hasTypeLetters(m.symbol()));
        boolean local = PROVINCE_WORDS.matcher(issuer).find() || DISTRICT_WORDS.matcher(issuer).find()
                || CITY_WORDS.matcher(issuer).find() || COMMUNE_WORDS.matcher(issuer).find();
        if (!local && (CENTRAL.contains(symbolIssuer) || symbolIssuer.endsWith("tw"))) {
            return "VN";
        }
        if (!local && issuer.matches(".*(thủ tướng|chính phủ|quốc hội|bộ chính trị|ban bí thư|trung ương).*")) {
            return "VN";
        }
        UnitRef province = at(unit, UnitLevel.PROVINCE);
        UnitRef district = at(unit, UnitLevel.DISTRICT);
        if (PROVINCE_WORDS.matcher(issuer).find()) {
            return province != null ? code(province) : (unit.unit() == null ? "x-tinh" : null);
        }
        if (DISTRICT_WORDS.matcher(issuer).find()) {
            return district != null ? code(district) : (unit.unit() == null ? "x-huyen" : null);
        }
        if (CITY_WORDS.matcher(issuer).find()) {
            if (province != null && province.name().startsWith("Thành phố")) {
                return code(province);
            }
            return district != null ? code(district) : null;
        }
        if (COMMUNE_WORDS.matcher(issuer).find()) {
            return unit.segment();
        }
        return null;
    }

    private static UnitRef at(IssuingUnit unit, UnitLevel level) {
        if (unit.unit() != null && unit.unit().level() == level) {
            return unit.unit();
        }
        return unit.chain().stream().filter(u -> u.level() == level).findFirst().orElse(null);
    }

    private static String code(UnitRef u) {
        return u.iri().substring(u.iri().indexOf("/id/unit/") + "/id/unit/".length());
    }
}
