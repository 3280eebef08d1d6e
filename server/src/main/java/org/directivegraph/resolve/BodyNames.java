package org.directivegraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the name of a body as written into its key and the unit it points to ({@link BodyName}), by the key
 * rules of {@code docs/identifiers.md}: the key of the usual abbreviation where there is one ({@code ubnd},
 * {@code hdnd}, {@code mttq}, {@code tu} / {@code btvtu}, {@code hu} / {@code btvhu}, {@code qu},
 * {@code du} / {@code btvdu}, {@code bdvtu} / {@code bdvhu} / {@code bdvqu}, {@code snv} / {@code pnv},
 * {@code vp-ubnd}, {@code vp-hdnd-ubnd}, {@code tt-hdnd}, {@code tt-du}, {@code tt-hu}; Central {@code ttg},
 * {@code cp}, {@code qh}, {@code ubtvqh}, {@code bct}, {@code bbt}, {@code bchtw}, {@code tw}, {@code bnv}),
 * else the key of the name without its unit ({@code phong-tu-phap}, {@code cac-ban-nganh-doan-the}).
 *
 * <p>A name is read as [office holder] body [của] [unit word [unit name]]: "Thủ trưởng các phòng chuyên môn
 * huyện", "Ủy ban nhân dân xã Thái Học", "Ban Thường vụ Tỉnh ủy", "Huyện ủy Dương Minh Châu". The unit part is
 * found from the end of the name: a unit word ("xã", "phường", "thị trấn", "huyện", "quận", "thị xã",
 * "thành phố", "TP", "tỉnh") followed only by capitalised words (the unit's name), so that "các tổ chức chính
 * trị - xã hội" and "UBND các xã, thị trấn" keep their words. Abbreviations (UBND, HĐND, MTTQ, UBMTTQVN, BTV,
 * TT, BCH, VP, ĐU, PNV, SNV, BDVHU) and their spelled-out forms give the same key. Pure function; no look-up.
 */
public final class BodyNames {

    private static final Pattern TERM_IN_PARENS = Pattern.compile("(?iu)\\s*\\(\\s*kh(?:óa|oá|oa)\\b[^)]*\\)");
    private static final Pattern TERM_AT_END = Pattern.compile("(?iu)\\s+kh(?:óa|oá|oa)\\s+[0-9IVXLC]+\\s*$");
    private static final Pattern LEADING = Pattern.compile("(?iu)^(?:[-–•+*:;,.\\s]+|của\\s+)+");
    private static final Pattern TRAILING = Pattern.compile("[\\s;:.,–-]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /** Single-word unit words (keys). */
    private static final Set<String> UNIT_WORDS = Set.of("xa", "phuong", "huyen", "quan", "tinh", "tp");
    /** Two-word unit words (keys of both words). */
    private static final Set<String> UNIT_WORDS_2 = Set.of("thanh-pho", "thi-xa", "thi-tran", "dac-khu");
    /** The word before "ủy" of a party committee, with the unit word of its unit. */
    private static final Map<String, String> COMMITTEE_PLACES = Map.of(
            "huyen", "huyện", "tinh", "tỉnh", "quan", "quận", "thanh", "thành phố", "thi", "thị xã");

    /** Office holders stripped before a body: "Thủ trưởng các phòng …", "Chủ tịch UBND …", "Công chức Văn phòng …". */
    private static final List<String> HOLDERS = List.of("pho-chu-tich", "chu-tich", "thu-truong", "cong-chuc",
            "giam-doc", "bo-phan", "truong");
    /** How a body's words begin (keys), for telling "Công chức Văn phòng …" from "Công chức chuyên môn". */
    private static final List<String> BODY_STARTS = List.of("cac", "ubnd", "uy-ban", "hdnd", "hoi-dong", "mttq",
            "ubmttq", "ubmttqvn", "vp", "van-phong", "phong", "ban", "btv", "so", "dang-uy", "du", "thanh-tra",
            "cong-an", "tt", "thuong-truc", "dai");
    /** Names of people, not bodies (keys they start with). */
    private static final List<String> PEOPLE = List.of("lanh-dao", "can-bo", "cac-pho-chu-tich", "pho-chu-tich",
            "chu-tich-cac-pho-chu-tich", "chu-tich-cac-pct", "chu-tich-pct", "chu-tich-pho-chu-tich", "ld-cvvp",
            "dong-chi", "cac-dong-chi", "nhu-tren");
    /** Record keeping, not a body. */
    private static final Set<String> ARCHIVE = Set.of("vt", "van-thu", "luu", "luu-vt", "luu-van-thu", "luu-hs");

    /** Spelled-out forms and their abbreviations (keys wrapped in '-'), applied in order. */
    private static final String[][] CANONICAL = {
            {"-uy-ban-mat-tran-to-quoc-viet-nam-", "-mttq-"}, {"-uy-ban-mat-tran-to-quoc-", "-mttq-"},
            {"-mat-tran-to-quoc-viet-nam-", "-mttq-"}, {"-mat-tran-to-quoc-", "-mttq-"}, {"-ubmttqvn-", "-mttq-"},
            {"-ubmttq-", "-mttq-"}, {"-mttqvn-", "-mttq-"}, {"-uy-ban-mttq-", "-mttq-"}, {"-mttq-viet-nam-", "-mttq-"},
            {"-uy-ban-nhan-dan-", "-ubnd-"}, {"-hoi-dong-nhan-dan-", "-hdnd-"}, {"-ban-thuong-vu-", "-btv-"},
            {"-thuong-truc-", "-tt-"}, {"-ban-chap-hanh-", "-bch-"}, {"-ban-dan-van-", "-bdv-"},
            {"-van-phong-", "-vp-"}, {"-dang-uy-", "-du-"}, {"-phong-nv-", "-pnv-"}, {"-so-nv-", "-snv-"}};

    /** Central bodies by key phrase (original keys wrapped in '-'), most specific first. */
    private static final String[][] CENTRAL = {
            {"-uy-ban-thuong-vu-quoc-hoi-", "ubtvqh"}, {"-ubtvqh-", "ubtvqh"}, {"-quoc-hoi-", "qh"},
            {"-thu-tuong-", "ttg"}, {"-ttg-", "ttg"}, {"-bo-chinh-tri-", "bct"}, {"-ban-bi-thu-", "bbt"},
            {"-ban-chap-hanh-trung-uong-", "bchtw"}, {"-bch-trung-uong-", "bchtw"}, {"-bchtw-", "bchtw"},
            {"-van-phong-chinh-phu-", "vpcp"}, {"-chinh-phu-", "cp"}, {"-bo-noi-vu-", "bnv"}, {"-bo-tu-phap-", "btp"},
            {"-van-phong-trung-uong-dang-", "vptw"}, {"-trung-uong-dang-", "tw"}};

    /** Fixed rules on the canonical key of the body's words: key and scope. */
    private static final Object[][] RULES = {
            {"btv-tinh-uy", "btvtu", UnitScope.PROVINCE}, {"btv-thanh-uy", "btvtu", UnitScope.CITY},
            {"btv-huyen-uy", "btvhu", UnitScope.DISTRICT}, {"btv-quan-uy", "btvqu", UnitScope.DISTRICT},
            {"btv-du", "btvdu", UnitScope.OWN}, {"btvtu", "btvtu", UnitScope.PROVINCE},
            {"btvhu", "btvhu", UnitScope.DISTRICT}, {"btvqu", "btvqu", UnitScope.DISTRICT},
            {"bdv-tinh-uy", "bdvtu", UnitScope.PROVINCE}, {"bdv-thanh-uy", "bdvtu", UnitScope.CITY},
            {"bdv-huyen-uy", "bdvhu", UnitScope.DISTRICT}, {"bdv-quan-uy", "bdvqu", UnitScope.DISTRICT},
            {"bdvtu", "bdvtu", UnitScope.PROVINCE}, {"bdvhu", "bdvhu", UnitScope.DISTRICT},
            {"bdvqu", "bdvqu", UnitScope.DISTRICT},
            {"tt-huyen-uy", "tt-hu", UnitScope.DISTRICT}, {"tt-hu", "tt-hu", UnitScope.DISTRICT},
            {"tt-quan-uy", "tt-qu", UnitScope.DISTRICT}, {"tt-tinh-uy", "tt-tu", UnitScope.PROVINCE},
            {"tt-thanh-uy", "tt-tu", UnitScope.CITY}, {"tt-du", "tt-du", UnitScope.OWN},
            {"tt-hdnd", "tt-hdnd", UnitScope.OWN},
            {"tinh-uy", "tu", UnitScope.PROVINCE}, {"thanh-uy", "tu", UnitScope.CITY},
            {"huyen-uy", "hu", UnitScope.DISTRICT}, {"quan-uy", "qu", UnitScope.DISTRICT},
            {"du", "du", UnitScope.OWN}, {"dang-bo", "du", UnitScope.OWN}, {"bch-du", "du", UnitScope.OWN},
            {"vp-hdnd-va-ubnd", "vp-hdnd-ubnd", UnitScope.OWN}, {"vp-hdnd-ubnd", "vp-hdnd-ubnd", UnitScope.OWN},
            {"vp-ubnd", "vp-ubnd", UnitScope.OWN}, {"vp", "vp-ubnd", UnitScope.OWN},
            {"phong-noi-vu", "pnv", UnitScope.DISTRICT}, {"pnv", "pnv", UnitScope.DISTRICT},
            {"so-noi-vu", "snv", UnitScope.PROVINCE}, {"snv", "snv", UnitScope.PROVINCE},
            {"mttq", "mttq", UnitScope.OWN}, {"ubnd", "ubnd", UnitScope.OWN}, {"hdnd", "hdnd", UnitScope.OWN}};

    private BodyNames() {
    }

    /** One word of the name: as written, its key, whether it starts with a capital or digit. */
    private record Token(String text, String key, boolean capital) {
    }

    /** Reads a body's name as written. */
    public static BodyName parse(String nameAsWritten) {
        String written = clean(nameAsWritten);
        List<Token> tokens = tokens(written);
        String all = join(tokens, 0, tokens.size());
        if (all.isEmpty() || ARCHIVE.contains(all)) {
            return notABody(written);
        }
        if (all.startsWith("luu-")) {
            // "Lưu VP", "Lưu: VT, PNV": the archive line names the office that keeps the file
            List<Token> rest = new ArrayList<>(tokens.subList(1, tokens.size()));
            rest.removeIf(t -> t.key().equals("vt"));
            if (rest.isEmpty()) {
                return notABody(written);
            }
            BodyName inner = parse(String.join(" ", rest.stream().map(Token::text).toList()));
            return new BodyName(written, inner.kind(), inner.key(), inner.scope(), inner.unitWord(), inner.unitName(),
                    inner.ruled());
        }
        for (String p : PEOPLE) {
            if (startsWith(all, p)) {
                return notABody(written);
            }
        }
        int from = holderEnd(tokens);
        // the unit part, from the end
        int coreEnd = tokens.size();
        String unitWord = null;
        String unitName = null;
        UnitScope committee = null;
        int nameStart = tokens.size();
        for (int i = tokens.size() - 1; i >= from && tokens.size() - i <= 8; i--) {
            Token t = tokens.get(i);
            if (t.key().equals("uy") && i > from && COMMITTEE_PLACES.containsKey(tokens.get(i - 1).key())) {
                if (nameStart < tokens.size() && nameStart == i + 1) {
                    String word = COMMITTEE_PLACES.get(tokens.get(i - 1).key());
                    unitWord = Keys.key(word);
                    unitName = word + " " + text(tokens, nameStart, tokens.size());
                    committee = UnitScope.ofWordKey(unitWord).orElse(null);
                    coreEnd = i + 1;
                }
                break;
            }
            int wordStart = -1;
            if (i > from && UNIT_WORDS_2.contains(tokens.get(i - 1).key() + "-" + t.key())) {
                wordStart = i - 1;
            } else if (UNIT_WORDS.contains(t.key())) {
                wordStart = i;
            }
            boolean socialWord = t.key().equals("xa") && i + 1 < tokens.size() && tokens.get(i + 1).key().equals("hoi");
            if (wordStart >= 0 && !socialWord && nameStart == i + 1) {
                String before = wordStart > from ? tokens.get(wordStart - 1).key() : null;
                boolean listed = before != null && (before.equals("cac") || UNIT_WORDS.contains(before)
                        || (wordStart - 2 >= from && UNIT_WORDS_2.contains(tokens.get(wordStart - 2).key() + "-" + before)));
                if (!listed) {
                    unitWord = join(tokens, wordStart, i + 1);
                    if (unitWord.equals("tp")) {
                        unitWord = "thanh-pho";
                    }
                    if (nameStart < tokens.size()) {
                        String word = unitWord.equals("thanh-pho") && wordStart == i ? "thành phố" : text(tokens, wordStart, i + 1);
                        unitName = word + " " + text(tokens, nameStart, tokens.size());
                    }
                    coreEnd = wordStart;
                }
                break;
            }
            if ((t.capital() || Character.isDigit(t.text().charAt(0))) && nameStart == i + 1 && tokens.size() - i <= 5) {
                nameStart = i;
                continue;
            }
            break;
        }
        int end = coreEnd;
        if (end > from && Normalizer.normalize(tokens.get(end - 1).text(), Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT).equals("của")) {
            end--;
        }
        String core = join(tokens, from, end);
        UnitScope wordScope = UnitScope.ofWordKey(unitWord).orElse(null);

        if (unitWord == null) {
            String central = central("-" + core + "-");
            if (central != null) {
                return new BodyName(written, BodyName.Kind.CENTRAL, central, UnitScope.CENTRAL, null, null, true);
            }
        }
        String canonical = canonical(core);
        if (committee != null) {
            // "Huyện ủy Dương Minh Châu", "Ban Thường vụ Tỉnh ủy Hải Dương"
            Object[] rule = rule(canonical);
            String key = rule != null ? (String) rule[1] : core;
            return new BodyName(written, BodyName.Kind.BODY, key, committee, unitWord, unitName, rule != null);
        }
        if (canonical.matches("(ubnd|hdnd|mttq|du)-cac-.+")) {
            // "UBND các xã, thị trấn": a group the text treats as one
            return new BodyName(written, BodyName.Kind.BODY, canonical, scopeOr(wordScope, UnitScope.OWN), unitWord,
                    unitName, true);
        }
        if (canonical.equals("bch-dang-bo") || canonical.equals("bch")) {
            // "Ban Chấp hành Đảng bộ tỉnh" is the Tỉnh ủy; of the commune, the Đảng ủy
            UnitScope s = scopeOr(wordScope, UnitScope.OWN);
            String key = switch (s) {
                case PROVINCE, CITY -> "tu";
                case DISTRICT -> "quan".equals(unitWord) ? "qu" : "hu";
                default -> "du";
            };
            return new BodyName(written, BodyName.Kind.BODY, key, s, unitWord, unitName, true);
        }
        if (core.isEmpty()) {
            // "của huyện": the unit itself, i.e. its People's Committee
            return unitWord == null ? notABody(written)
                    : new BodyName(written, BodyName.Kind.BODY, "ubnd", scopeOr(wordScope, UnitScope.OWN), unitWord,
                            unitName, true);
        }
        Object[] rule = rule(canonical);
        if (rule != null) {
            return new BodyName(written, BodyName.Kind.BODY, (String) rule[1], scopeOr(wordScope, (UnitScope) rule[2]),
                    unitWord, unitName, true);
        }
        if (startsWith(core, "phong") || startsWith(core, "cac-phong")) {
            return new BodyName(written, BodyName.Kind.BODY, core, scopeOr(wordScope, UnitScope.DISTRICT), unitWord,
                    unitName, true);
        }
        if (startsWith(core, "so") || startsWith(core, "cac-so")) {
            return new BodyName(written, BodyName.Kind.BODY, core, scopeOr(wordScope, UnitScope.PROVINCE), unitWord,
                    unitName, true);
        }
        return new BodyName(written, BodyName.Kind.BODY, core, scopeOr(wordScope, UnitScope.OWN), unitWord, unitName,
                false);
    }

    /** The name cleaned as {@link BodyName#written()} is. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String c = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
        c = TERM_IN_PARENS.matcher(c).replaceAll("");
        c = TERM_AT_END.matcher(c).replaceAll("");
        c = LEADING.matcher(c).replaceFirst("");
        c = TRAILING.matcher(c).replaceFirst("");
        return c.strip();
    }

    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            out.add(new Token(w, Keys.key(w), Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.charAt(0))));
        }
        return out;
    }

    private static int holderEnd(List<Token> tokens) {
        String all = join(tokens, 0, tokens.size());
        for (String h : HOLDERS) {
            if (startsWith(all, h)) {
                int n = h.split("-").length;
                String rest = join(tokens, n, tokens.size());
                for (String b : BODY_STARTS) {
                    if (startsWith(rest, b)) {
                        return n;
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    private static String central(String wrapped) {
        for (String[] c : CENTRAL) {
            if (wrapped.contains(c[0])) {
                return c[1];
            }
        }
        return wrapped.equals("-trung-uong-") || wrapped.equals("-tw-") ? "tw" : null;
    }

    private static String canonical(String core) {
        String c = "-" + core + "-";
        for (String[] r : CANONICAL) {
            c = c.replace(r[0], r[1]);
        }
        return c.substring(1, Math.max(1, c.length() - 1));
    }

    private static Object[] rule(String canonical) {
        for (Object[] r : RULES) {
            if (canonical.equals(r[0])) {
                return r;
            }
        }
        return null;
    }

    private static UnitScope scopeOr(UnitScope fromWord, UnitScope otherwise) {
        return fromWord != null ? fromWord : otherwise;
    }

    private static BodyName notABody(String written) {
        return new BodyName(written, BodyName.Kind.NOT_A_BODY, null, null, null, null, false);
    }

    private static boolean startsWith(String key, String prefix) {
        return key.equals(prefix) || key.startsWith(prefix + "-");
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).key().isEmpty()) {
                if (b.length() > 0) {
                    b.append('-');
                }
                b.append(tokens.get(i).key());
            }
        }
        return b.toString();
    }

    private static String text(List<Token> tokens, int from, int to) {
        return String.join(" ", tokens.subList(from, to).stream().map(Token::text).toList());
    }
}
