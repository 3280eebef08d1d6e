package org.directivegraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.directivegraph.evaluate.FactKeys;
import org.directivegraph.units.Resolution;
import org.directivegraph.units.UnitCandidate;
import org.directivegraph.units.UnitDirectory;
import org.directivegraph.units.UnitQuery;
import org.directivegraph.units.UnitRef;

/**
 * The administrative unit whose body issued a document, resolved from the issuer's name as of the document's
 * date. When several units share the name ("Xã Nam Chính"), the candidates under a district or province the
 * text names ("huyện Bình Giang", "thành phố Thanh Hóa") are kept; if that does not leave one, the result is
 * ambiguous, with all candidates, and nothing is chosen.
 *
 * @param unit       the resolved unit, or null
 * @param chain      its parents as of the date (district, province, country), empty when unresolved
 * @param nameKey    the key of the unit name as written, for the {@code x-…} segment when unresolved
 * @param candidates the candidates when ambiguous
 * @param warning    what went wrong, or null
 */
public record IssuingUnit(UnitRef unit, List<UnitRef> chain, String nameKey, List<UnitCandidate> candidates, String warning) {

    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?iu)\\b(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)\\s+(.+)$");

    /** The unit segment of body and document IRIs: the code, or {@code x-{name key}} when unresolved. */
    public String segment() {
        if (unit != null) {
            return unit.iri().substring(unit.iri().indexOf("/id/unit/") + "/id/unit/".length());
        }
        return "x-" + nameKey;
    }

    /** The unit name in an issuer's name ("ỦY BAN NHÂN DÂN XÃ THÁI HỌC" -> "xã THÁI HỌC"), or null. */
    static String unitName(String issuer) {
        if (issuer == null) {
            return null;
        }
        Matcher m = UNIT_NAME.matcher(issuer.replaceAll("\\s+", " ").strip());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2) : null;
    }

    /** Resolves the issuer's unit as of {@code date}, using the folded full text for parent-name clues. */
    public static IssuingUnit resolve(UnitDirectory units, String issuer, LocalDate date, String fullText) {
        String name = unitName(issuer);
        if (name == null) {
            return new IssuingUnit(null, List.of(), issuer == null ? "unknown" : Keys.key(issuer), List.of(),
                    "the issuer's administrative unit is not named: " + issuer);
        }
        Resolution r = units.resolve(UnitQuery.of(name).on(date));
        List<UnitCandidate> candidates = r.candidates();
        if (candidates.size() > 1) {
            String folded = " " + FactKeys.fold(fullText) + " ";
            List<UnitCandidate> clued = new ArrayList<>();
            for (UnitCandidate c : candidates) {
                for (UnitRef parent : c.parents()) {
                    if (!"VN".equals(parent.code()) && folded.contains(" " + FactKeys.fold(parent.name()) + " ")) {
                        clued.add(c);
                        break;
                    }
                }
            }
            if (!clued.isEmpty()) {
                candidates = clued;
            }
        }
        if (candidates.size() == 1) {
            UnitCandidate c = candidates.get(0);
            return new IssuingUnit(c.unit(), c.parents(), Keys.key(name), List.of(), null);
        }
        String warning = candidates.isEmpty()
                ? "no administrative unit named '" + name + "' on " + date
                : "'" + name + "' names " + candidates.size() + " units " + r.codes() + " and the text does not say which";
        return new IssuingUnit(null, List.of(), Keys.key(name), candidates, warning);
    }
}
