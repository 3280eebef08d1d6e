package org.directivegraph.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.directivegraph.units.Resolution;
import org.directivegraph.units.UnitCandidate;
import org.directivegraph.units.UnitDirectory;
import org.directivegraph.units.UnitNames;
import org.directivegraph.units.UnitQuery;
import org.directivegraph.units.UnitRef;

/**
 * Resolves the issuing body and unit of a document from its header: the issuer lines ("ỦY BAN NHÂN DÂN" /
 * "XÃ THÁI HỌC"; "UBND HUYỆN BÌNH GIANG" / "PHÒNG NỘI VỤ"; "ĐẢNG BỘ TỈNH TÂY NINH" / "HUYỆN ỦY DƯƠNG MINH
 * CHÂU"), or the issuer the body text names ("UBND phường Lãm Hà"), the place of the date line when the lines
 * name no unit, and the date.
 *
 * <p>The unit is looked up as of the document's date ({@link UnitDirectory}). When several units share the
 * name (three "Xã Nam Chính", three "Phường Trường Thi"), the clues keep the candidates under a district or
 * province the document names, or known to have issued a document it cites ({@link IssuerClues}). If still
 * several remain, all are returned with a warning and the unit segment {@code x-{key of the name as written}}:
 * one is never picked silently.
 */
public final class IssuerResolver {

    private static final Map<String, String> UNIT_WORDS = Map.of("xa", "xã", "phuong", "phường", "thi-tran", "thị trấn",
            "huyen", "huyện", "quan", "quận", "thi-xa", "thị xã", "thanh-pho", "thành phố", "tinh", "tỉnh");
    /** Bodies named under their party committee ("HUYỆN ỦY …" / "BAN DÂN VẬN"): prefix of the combined key. */
    private static final Map<String, String> UNDER_COMMITTEE = Map.of("ban-dan-van", "bdv", "ban-thuong-vu", "btv",
            "btv", "btv", "bdv", "bdv", "thuong-truc", "tt-", "tt", "tt-");

    private final UnitDirectory units;
    private final Identifiers ids;

    /** Resolves against the units of {@code index}, minting IRIs with {@code ids}. */
    public IssuerResolver(ReferenceIndex index, Identifiers ids) {
        this.units = index.units();
        this.ids = ids;
    }

    /** Resolves against the units of {@code index} with the canonical base. */
    public IssuerResolver(ReferenceIndex index) {
        this(index, Identifiers.DEFAULT);
    }

    /**
     * The date unit names are read at for a document dated only in part: the date; the 15th of the month; the
     * 30th of June of the year; else null (any time).
     */
    public static LocalDate asOf(LocalDate date, YearMonth yearMonth, Integer year) {
        if (date != null) {
            return date;
        }
        if (yearMonth != null) {
            return yearMonth.atDay(15);
        }
        return year != null ? LocalDate.of(year, 6, 30) : null;
    }

    /** Resolves an issuer written on one line ("UBND phường Lãm Hà"). */
    public IssuerResolution resolve(String issuerText, String place, LocalDate date, IssuerClues clues) {
        return resolve(issuerText == null ? List.of() : List.of(issuerText), place, date, clues);
    }

    /**
     * Resolves the issuer printed on {@code lines} (top-left block of the header, one entry per line), with the
     * place of the date line ("Thái Học"; may be null), the date the names are meant at (see {@link #asOf}), and
     * the clues of the document's text.
     */
    public IssuerResolution resolve(List<String> lines, String place, LocalDate date, IssuerClues clues) {
        List<String> segments = segments(lines);
        String issuerText = String.join(" ", lines.stream().map(BodyNames::clean).filter(s -> !s.isEmpty()).toList());
        List<String> warnings = new ArrayList<>();
        String own = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        BodyName name = BodyNames.parse(own == null ? "" : own);
        if (name.kind() == BodyName.Kind.CENTRAL) {
            UnitContext vn = units.unit(Identifiers.COUNTRY, date).map(u -> UnitContext.resolved(u, List.of(), date))
                    .orElse(UnitContext.unresolved(Identifiers.COUNTRY, List.of(), date));
            return new IssuerResolution(issuerText, name, name.key(), ids.body(Identifiers.COUNTRY, name.key()), vn, null,
                    List.of(), List.of(), warnings);
        }
        String key = name.kind() == BodyName.Kind.BODY ? name.key() : null;
        String unitName = name.unitName();
        List<String> parentNames = new ArrayList<>();
        for (int i = segments.size() - 2; i >= 0; i--) {
            BodyName parent = BodyNames.parse(segments.get(i));
            if (parent.unitName() != null) {
                parentNames.add(parent.unitName());
                if (unitName == null) {
                    unitName = parent.unitName();
                    key = underParent(key, parent.key());
                }
            }
        }
        if (unitName == null && place != null && !BodyNames.clean(place).isEmpty()) {
            String p = BodyNames.clean(place);
            if (UnitNames.typeWordOf(p).isPresent()) {
                unitName = p;
            } else if (name.unitWord() != null && UNIT_WORDS.containsKey(name.unitWord())) {
                unitName = UNIT_WORDS.get(name.unitWord()) + " " + p;
            } else {
                unitName = p;
            }
            warnings.add("the issuer's lines name no unit; the place '" + p + "' is taken for it");
        }
        if (key == null) {
            warnings.add("the issuer's lines name no body: '" + issuerText + "'");
        }
        if (unitName == null) {
            String segment = Identifiers.unresolvedUnitSegment(issuerText.isEmpty() ? "unknown" : issuerText);
            warnings.add("no unit is named by the issuer '" + issuerText + "' nor by a place");
            return new IssuerResolution(issuerText, name, key, key == null ? null : ids.body(segment, key),
                    UnitContext.unresolved(segment, List.of(), date), null, List.of(), List.of(), warnings);
        }
        UnitQuery query = UnitQuery.of(unitName).on(date);
        var level = UnitNames.typeWordOf(unitName).map(Keys::key).flatMap(UnitScope::ofWordKey).flatMap(UnitScope::level);
        if (level.isPresent()) {
            query = query.withLevel(level.get());
        }
        Resolution r = units.resolve(query);
        List<UnitCandidate> named = r.candidates();
        List<UnitCandidate> kept = named;
        List<String> used = new ArrayList<>();
        if (named.size() > 1) {
            IssuerClues all = (clues == null ? IssuerClues.none() : clues).withNames(parentNames);
            kept = supported(named, all, used);
        }
        UnitContext context;
        if (kept.size() == 1) {
            UnitCandidate c = kept.get(0);
            context = UnitContext.resolved(c.unit(), c.parents(), date);
        } else {
            String segment = Identifiers.unresolvedUnitSegment(unitName);
            context = UnitContext.unresolved(segment, kept, date);
            if (kept.isEmpty()) {
                warnings.add("no unit named '" + unitName + "' on " + date
                        + (r.otherSpellings().isEmpty() ? "" : "; other spellings: " + r.otherSpellings()));
            } else {
                warnings.add("'" + unitName + "' names " + kept.size() + " units " + kept.stream().map(UnitCandidate::code).toList()
                        + " and the document does not say which; unit segment " + segment);
            }
        }
        return new IssuerResolution(issuerText, name, key, key == null ? null : ids.body(context.segment(), key), context,
                unitName, named, used, warnings);
    }

    /** The candidates a clue supports (all of them when none is supported). */
    private static List<UnitCandidate> supported(List<UnitCandidate> candidates, IssuerClues clues, List<String> used) {
        Set<String> names = new HashSet<>();
        for (String n : clues.unitNames()) {
            names.add(UnitNames.foldedKey(n));
        }
        List<UnitCandidate> out = new ArrayList<>();
        Set<String> usedClues = new LinkedHashSet<>();
        for (UnitCandidate c : candidates) {
            boolean support = clues.unitIris().contains(c.iri());
            if (support) {
                usedClues.add(c.iri());
            }
            for (UnitRef p : c.parents()) {
                if (Identifiers.COUNTRY.equals(p.code())) {
                    continue;
                }
                if (p.name() != null && names.contains(UnitNames.foldedKey(p.name()))) {
                    support = true;
                    usedClues.add(p.name());
                }
                if (clues.unitIris().contains(p.iri())) {
                    support = true;
                    usedClues.add(p.iri());
                }
            }
            if (support) {
                out.add(c);
            }
        }
        if (out.isEmpty()) {
            return candidates;
        }
        used.addAll(usedClues);
        return out;
    }

    /** Header lines as issuer segments: a line that is only a unit name ("XÃ THÁI HỌC") joins the line above. */
    static List<String> segments(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String c = BodyNames.clean(line);
            if (c.isEmpty()) {
                continue;
            }
            BodyName parsed = BodyNames.parse(c);
            if (!out.isEmpty() && UnitNames.typeWordOf(c).isPresent() && "ubnd".equals(parsed.key()) && parsed.unitName() != null) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + c);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The key of a body printed under its parent's line: "BAN DÂN VẬN" under "HUYỆN ỦY …" is bdvhu. */
    private static String underParent(String key, String parentKey) {
        if (key == null || parentKey == null) {
            return key;
        }
        String prefix = UNDER_COMMITTEE.get(key);
        if (prefix != null && Set.of("tu", "hu", "qu", "du").contains(parentKey)) {
            return prefix + parentKey;
        }
        return key;
    }
}
