package org.directivegraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mints every IRI by the rules of {@code docs/identifiers.md}, so that the extractor, the gold data and the
 * reference data name one thing the same way. Immutable; {@link #DEFAULT} uses the canonical base
 * {@code https://w3id.org/directivegraph/}, {@link #Identifiers(String)} another one for publishing.
 *
 * <ul>
 * <li>units: {@code id/unit/{code}}, {@code id/unit/2025/{code}}, {@code id/unit/VN}; the unit segment of body and
 * document IRIs is the code, {@code 2025/{code}}, {@code VN}, or {@code x-{key of the name as written}} for a
 * unit that cannot be resolved to one;</li>
 * <li>bodies: {@code id/body/{unit segment}/{body key}};</li>
 * <li>documents: {@code id/doc/{unit segment}/{issuer key}/{year}/{type}-{number}}, with the issuer key of the
 * symbol ({@link #issuerKeyOfSymbol}) and the number without leading zeros or year ({@link #numberSegment});
 * {@code {type}-u{hash8}} for a numberless ingested document; {@code {citing doc}/cited/{hash8}} for a cited
 * document that cannot be identified;</li>
 * <li>parts of a document: {@code /graph}, {@code /source}, {@code /span/{start}-{end}}, {@code /section/{n}},
 * {@code /task/{ordinal path}}, {@code /citation/{n}}, {@code /responsibility/{n}}, {@code /indicator/{n}},
 * {@code /obligation/{n}}, {@code /recipient/{n}}, {@code /signature}, {@code /issuer-statement/{n}}.</li>
 * </ul>
 */
public final class Identifiers {

    /** The canonical base of every IRI. */
    public static final String DEFAULT_BASE = "https://w3id.org/directivegraph/";

    /** Identifiers under {@link #DEFAULT_BASE}. */
    public static final Identifiers DEFAULT = new Identifiers(DEFAULT_BASE);

    /** The unit segment of the country and of Central bodies and documents. */
    public static final String COUNTRY = "VN";

    /** Prefix of the unit segment of a unit that could not be resolved to one. */
    public static final String UNRESOLVED_PREFIX = "x-";

    /**
     * Type letters that open a symbol ({@code KH-UBND}, {@code QĐ/TW}, {@code CTr/BDVHU-UBND}): the keys of the
     * type abbreviations of {@code data/sources/document-types.csv} (QH excepted: {@code QH15} is an issuer), plus
     * {@code cv} of Party letters ({@code 921-CV/TU}). A symbol that opens otherwise ({@code UBND-NCPC} of an
     * official letter, {@code QH15} of a law) is all issuer.
     */
    private static final Set<String> TYPE_LETTERS = Set.of("nq", "qd", "ct", "qc", "qyd", "tc", "tb", "hd", "ctr", "kh",
            "pa", "da", "bc", "bb", "ttr", "cd", "bgn", "btt", "guq", "gm", "ggt", "kl", "tt", "nd", "pl", "cv");

    /** A legislature's abbreviation with its term number: QH15, UBTVQH11. */
    private static final Pattern TERM = Pattern.compile("(ubtvqh|qh)\\d+");

    private static final Pattern YEAR_IN_NUMBER = Pattern.compile("^\\s*[^/]+/\\s*((?:19|20)\\d\\d)\\b");

    private final String base;

    /** Identifiers under {@code base}, which must be an absolute IRI ending with {@code /}. */
    public Identifiers(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/") || !base.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            throw new IllegalArgumentException("the base must be an absolute IRI ending with '/': " + base);
        }
        this.base = base;
    }

    /** The base, ending with {@code /}. */
    public String base() {
        return base;
    }

    // ---- units ------------------------------------------------------------------------------------------

    /** A unit of the 2021–2025 list ({@code id/unit/{code}}), or the country for {@code VN}. */
    public String unit(String code) {
        return base + "id/unit/" + requireSegmentPart(code, "code");
    }

    /** A unit of the two-tier structure from 1 July 2025: {@code id/unit/2025/{code}} ({@code VN}: the country). */
    public String unit2025(String code) {
        String c = requireSegmentPart(code, "code");
        return COUNTRY.equals(c) ? unit(COUNTRY) : base + "id/unit/2025/" + c;
    }

    /**
     * The unit segment of a unit IRI under any base ({@code .../id/unit/10981} -> {@code 10981},
     * {@code .../id/unit/2025/01} -> {@code 2025/01}, {@code .../id/unit/VN} -> {@code VN}).
     */
    public static String unitSegment(String unitIri) {
        int i = unitIri.indexOf("/id/unit/");
        if (i < 0) {
            throw new IllegalArgumentException("not a unit IRI: " + unitIri);
        }
        String s = unitIri.substring(i + "/id/unit/".length());
        int v = s.indexOf("/v/");
        return v < 0 ? s : s.substring(0, v);
    }

    /** The unit segment of a unit that cannot be resolved to one: {@code x-{key of the name as written}}. */
    public static String unresolvedUnitSegment(String nameAsWritten) {
        String k = Keys.key(nameAsWritten);
        if (k.isEmpty()) {
            throw new IllegalArgumentException("a unit name needs letters or digits: " + nameAsWritten);
        }
        return UNRESOLVED_PREFIX + k;
    }

    /** Whether a unit segment is that of an unresolved unit ({@code x-…}). */
    public static boolean isUnresolvedSegment(String segment) {
        return segment != null && segment.startsWith(UNRESOLVED_PREFIX);
    }

    // ---- bodies -----------------------------------------------------------------------------------------

    /** A body: {@code id/body/{unit segment}/{body key}} ({@code id/body/10981/ubnd}, {@code id/body/VN/ttg}). */
    public String body(String unitSegment, String bodyKey) {
        return base + "id/body/" + requireSegment(unitSegment) + "/" + requireKey(bodyKey, "body key");
    }

    // ---- documents --------------------------------------------------------------------------------------

    /**
     * A document: {@code id/doc/{unit segment}/{issuer key}/{year}/{type}-{number}}, the number as printed
     * ({@code 04/2015} and {@code 04} both give {@code 4}; see {@link #numberSegment}).
     */
    public String document(String unitSegment, String issuerKey, int year, String typeCode, String number) {
        String n = numberSegment(number);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a document IRI needs a number: " + number);
        }
        return documentBase(unitSegment, issuerKey, year) + requireKey(typeCode, "type code") + "-" + n;
    }

    /**
     * An ingested document printed without a number: {@code {type}-u{first 8 hex of the SHA-256 of its text}}
     * ({@code textSha256} is the hex SHA-256 of the file's bytes).
     */
    public String numberlessDocument(String unitSegment, String issuerKey, int year, String typeCode, String textSha256) {
        return documentBase(unitSegment, issuerKey, year) + requireKey(typeCode, "type code") + "-u" + Keys.hash8(textSha256);
    }

    private String documentBase(String unitSegment, String issuerKey, int year) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("a document IRI needs a four-digit year: " + year);
        }
        return base + "id/doc/" + requireSegment(unitSegment) + "/" + requireKey(issuerKey, "issuer key") + "/" + year + "/";
    }

    /**
     * A cited document that cannot be identified (no number and no date): local to the citing document,
     * {@code {citing document}/cited/{first 8 hex of the SHA-256 of the key of the citation text}}.
     */
    public static String unresolvedCited(String citingDocumentIri, String citationText) {
        if (Keys.key(citationText).isEmpty()) {
            throw new IllegalArgumentException("a citation text needs letters or digits: " + citationText);
        }
        return citingDocumentIri + "/cited/" + Keys.keyHash8(citationText);
    }

    /**
     * The issuer key of a symbol: the key of its issuer part (after the type letters), with a legislature's term
     * number dropped: {@code KH-UBND} -> {@code ubnd}, {@code QĐ/TW} -> {@code tw}, {@code NĐ-CP} -> {@code cp},
     * {@code CTr/BDVHU-UBND} -> {@code bdvhu-ubnd}, {@code PL-UBTVQH11} -> {@code ubtvqh}, {@code QH15} ->
     * {@code qh}, {@code KH/TU} -> {@code tu}. Spaces inside ({@code CT- TTg}) do not matter; a symbol without
     * type letters ({@code UBND-NCPC}) is all issuer. Null when the symbol has no issuer part.
     */
    public static String issuerKeyOfSymbol(String symbol) {
        if (symbol == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String p : symbol.split("[-/–]")) {
            String k = Keys.key(p);
            if (!k.isEmpty()) {
                parts.add(k);
            }
        }
        while (!parts.isEmpty() && parts.get(0).matches("\\d+")) {
            parts.remove(0); // a number or year passed with the symbol
        }
        if (parts.size() > 1 && TYPE_LETTERS.contains(parts.get(0))) {
            parts.remove(0);
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            Matcher m = TERM.matcher(p);
            out.add(m.matches() ? m.group(1) : p);
        }
        String key = String.join("-", out);
        return key.isEmpty() ? null : key;
    }

    /**
     * The number as it goes into a document IRI: the part before a legal-normative year, leading zeros dropped,
     * keyed ({@code 01} -> {@code 1}, {@code 04/2015} -> {@code 4}, {@code 0} -> {@code 0}); {@code ""} when
     * there is no number.
     */
    public static String numberSegment(String number) {
        if (number == null) {
            return "";
        }
        String n = number.strip();
        int slash = n.indexOf('/');
        if (slash >= 0) {
            n = n.substring(0, slash);
        }
        return dropLeadingZeros(Keys.key(n));
    }

    /** The year a legal-normative number carries ({@code 04/2015} -> 2015), or null. */
    public static Integer yearOfNumber(String number) {
        if (number == null) {
            return null;
        }
        Matcher m = YEAR_IN_NUMBER.matcher(number);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static String dropLeadingZeros(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (String token : key.split("-", -1)) {
            if (out.length() > 0) {
                out.append('-');
            }
            int z = 0;
            while (z < token.length() - 1 && token.charAt(z) == '0' && Character.isDigit(token.charAt(z + 1))) {
                z++;
            }
            out.append(token, z, token.length());
        }
        return out.toString();
    }

    // ---- parts of a document ----------------------------------------------------------------------------

    /** The named graph of a document. */
    public static String graph(String documentIri) {
        return documentIri + "/graph";
    }

    /** The source text of a document. */
    public static String source(String documentIri) {
        return documentIri + "/source";
    }

    /** A text span: code-point offsets into the source, end exclusive. */
    public static String span(String documentIri, int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
        return documentIri + "/span/" + start + "-" + end;
    }

    /** A section, by position from 1. */
    public static String section(String documentIri, int position) {
        return documentIri + "/section/" + positive(position);
    }

    /**
     * A task by its ordinal path: {@code 2}, {@code 2.1}, {@code 2.a} (white space removed, lower case, a trailing
     * full stop or parenthesis dropped: "II.2." -> {@code ii.2}).
     */
    public static String task(String documentIri, String ordinalPath) {
        String p = ordinalPath == null ? "" : ordinalPath.replaceAll("\\s+", "").replaceAll("[.)]+$", "")
                .toLowerCase(Locale.ROOT);
        if (!p.matches("[\\p{L}\\p{N}]+(\\.[\\p{L}\\p{N}]+)*")) {
            throw new IllegalArgumentException("bad task ordinal path: " + ordinalPath);
        }
        return documentIri + "/task/" + p;
    }

    /** A citation, by order of occurrence from 1. */
    public static String citation(String documentIri, int n) {
        return documentIri + "/citation/" + positive(n);
    }

    /** A responsibility, by order of occurrence from 1. */
    public static String responsibility(String documentIri, int n) {
        return documentIri + "/responsibility/" + positive(n);
    }

    /** An indicator, by order of occurrence from 1. */
    public static String indicator(String documentIri, int n) {
        return documentIri + "/indicator/" + positive(n);
    }

    /** An obligation, by order of occurrence from 1. */
    public static String obligation(String documentIri, int n) {
        return documentIri + "/obligation/" + positive(n);
    }

    /** A recipient (a line of Nơi nhận), by position from 1. */
    public static String recipient(String documentIri, int n) {
        return documentIri + "/recipient/" + positive(n);
    }

    /** The signature. */
    public static String signature(String documentIri) {
        return documentIri + "/signature";
    }

    /** An issuer statement about a document, from 1. */
    public static String issuerStatement(String documentIri, int n) {
        return documentIri + "/issuer-statement/" + positive(n);
    }

    // ---- checks -----------------------------------------------------------------------------------------

    private static int positive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("positions count from 1: " + n);
        }
        return n;
    }

    private static String requireKey(String key, String what) {
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not a " + what + " (lower-case ASCII key): " + key);
        }
        return key;
    }

    private static String requireSegmentPart(String code, String what) {
        if (code == null || !code.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("not a unit " + what + ": " + code);
        }
        return code;
    }

    private static String requireSegment(String segment) {
        if (segment == null || !(segment.matches("[0-9]+|VN|2025/[0-9]+") || segment.matches("x-[a-z0-9]+(-[a-z0-9]+)*"))) {
            throw new IllegalArgumentException("not a unit segment (code, 2025/code, VN or x-key): " + segment);
        }
        return segment;
    }
}
