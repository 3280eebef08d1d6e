package org.directivegraph.extract.citation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Reads the issuer of a cited document: "(của) Thủ tướng Chính phủ", "Ban Thường vụ Tỉnh ủy", "UBND huyện
 * Bình Giang", "Chủ tịch UBND tỉnh", "Ban Dân vận Huyện ủy và Ủy ban nhân dân huyện", "Bộ Lao động -
 * Thương binh và Xã hội", followed perhaps by a term of office "(khóa XI)".
 *
 * <p>An issuer starts with the head of a body ("Ủy ban", "UBND", "Ban", "Bộ", "Tỉnh ủy", "Chủ tịch" …). It
 * goes on over capitalised words, numbers of urban units ("Phường 5") and a closed list of lower-case words
 * that occur inside names of bodies and units ("nhân dân", "huyện", "thường vụ", "chấp hành" …, some only
 * next to their partner word), and stops at anything else: a verb ("ban hành", "thực hiện"), "về", "ngày",
 * punctuation, a type word. "và" joins a second body. At most {@value #MAX_WORDS} words.</p>
 */
final class IssuerParser {

    /** Where the issuer stands, which decides how sure the grammar must be that it is a body. */
    enum Mode {
        /** After "của" in a citation with a number: a body head, an administrative unit or a capitalised word. */
        NUMBERED,
        /** After "của" in a citation without a number: only a body head. */
        HEAD,
        /** Right after the type word or date, without "của": only a capitalised strong head ("Nghị quyết HĐND xã"). */
        DIRECT
    }

    private static final int MAX_WORDS = 14;

    /** Heads of bodies; the value says whether the head is strong (may follow a type word without "của"). */
    private static final PhraseLexicon<Boolean> HEADS = new PhraseLexicon<>();

    /** Heads that are ordinary words too and so count only when capitalised. */
    private static final Set<String> CAPITALISED_ONLY = Set.of("ban", "bộ", "sở", "phòng", "cục", "hội", "đoàn",
            "thanh", "văn", "công", "trung", "viện", "tòa", "chi");

    /**
     * Heads of ministries and departments, whose names go on with sectors ("Bộ Văn hóa, Thể thao và Du
     * lịch", "Sở Tài nguyên và Môi trường"): there a lower-case word after a capitalised one is its second
     * syllable, and "và" or a comma before a capitalised word joins the next sector.
     */
    private static final Set<String> SECTORAL = Set.of("bộ", "sở", "phòng", "cục", "vụ", "trung");

    /** Words that never continue a sector name. */
    private static final Set<String> STOP_IN_SECTOR = Set.of("về", "ngày", "số", "ban", "quy", "hướng", "thực",
            "triển", "tại", "theo", "của", "và", "với", "để", "nhằm", "đã", "có", "được", "là");

    private static final Set<String> UNIT_WORDS = Set.of("tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành");

    private static final Map<String, BiPredicate<String, String>> INNER_WORDS = new HashMap<>();

    static {
        for (String s : new String[] {"UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh ủy", "Thành ủy",
                "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Chính phủ", "Thủ tướng", "Thủ tướng Chính phủ",
                "Bộ Chính trị", "Ban Bí thư", "Ban Thường vụ", "Ban Chấp hành", "Ban Dân vận", "Quốc hội",
                "Ủy ban Thường vụ Quốc hội", "BTV", "BCH", "UBMTTQ", "UBMTTQVN", "Chủ tịch"}) {
            HEADS.add(s, true);
        }
        for (String s : new String[] {"Ủy ban", "Chủ tịch nước", "Bộ trưởng", "Giám đốc", "Tổng Bí thư", "Thủ trưởng",
                "Mặt trận", "MTTQ", "Tòa án", "Viện kiểm sát", "Kiểm toán", "Tổng cục", "Chi cục", "Hội đồng",
                "Liên đoàn", "Đảng đoàn", "Ban cán sự", "Đảng bộ", "Chi bộ", "Quân ủy", "Văn phòng",
                "Chánh văn phòng", "Trưởng ban", "Trưởng phòng", "Sở", "Phòng", "Bộ", "Ban", "Cục", "Hội",
                "Đoàn", "Thanh tra", "Công an", "Trung tâm", "Ban Chỉ đạo", "Ban chỉ huy", "Bộ Chỉ huy"}) {
            HEADS.add(s, false);
        }
        BiPredicate<String, String> any = (p, n) -> true;
        for (String s : new String[] {"nhân", "dân", "tỉnh", "huyện", "xã", "phường", "quận", "trấn", "phố", "thôn",
                "ấp", "thường", "vụ", "trực", "quốc", "đảng", "bộ", "ủy", "trận", "nội", "sở", "phòng", "đoàn",
                "hiệp", "nữ", "niên", "cựu", "chiến", "binh", "tư", "pháp"}) {
            INNER_WORDS.put(s, any);
        }
        INNER_WORDS.put("hành", (p, n) -> p.equals("chấp"));
        INNER_WORDS.put("chấp", (p, n) -> n.equals("hành"));
        INNER_WORDS.put("hội", (p, n) -> p.equals("quốc") || p.equals("xã") || n.equals("đồng"));
        INNER_WORDS.put("đồng", (p, n) -> p.equals("hội"));
        INNER_WORDS.put("ban", (p, n) -> !n.equals("hành"));
        INNER_WORDS.put("kiểm", (p, n) -> n.equals("tra") || n.equals("sát"));
        INNER_WORDS.put("tra", (p, n) -> p.equals("kiểm") || p.equals("thanh"));
        INNER_WORDS.put("sát", (p, n) -> p.equals("kiểm"));
        INNER_WORDS.put("thanh", (p, n) -> n.equals("tra") || n.equals("niên"));
        INNER_WORDS.put("thành", (p, n) -> n.equals("phố") || n.equals("ủy"));
        INNER_WORDS.put("thị", (p, n) -> n.equals("xã") || n.equals("trấn") || n.equals("ủy"));
        INNER_WORDS.put("khu", (p, n) -> n.equals("phố"));
        INNER_WORDS.put("chỉ", (p, n) -> (n.equals("đạo") || n.equals("huy")) && (p.equals("ban") || p.equals("bộ")));
        INNER_WORDS.put("đạo", (p, n) -> p.equals("chỉ"));
        INNER_WORDS.put("huy", (p, n) -> p.equals("chỉ"));
        INNER_WORDS.put("công", (p, n) -> n.equals("an") || n.equals("đoàn"));
        INNER_WORDS.put("an", (p, n) -> p.equals("công"));
        INNER_WORDS.put("lao", (p, n) -> n.equals("động"));
        INNER_WORDS.put("động", (p, n) -> p.equals("lao"));
        INNER_WORDS.put("cấp", (p, n) -> UNIT_WORDS.contains(n));
        INNER_WORDS.put("việt", (p, n) -> n.equals("nam"));
        INNER_WORDS.put("nam", (p, n) -> p.equals("việt"));
        INNER_WORDS.put("vận", (p, n) -> p.equals("dân"));
        INNER_WORDS.put("tổ", (p, n) -> n.equals("quốc") || n.equals("chức"));
        INNER_WORDS.put("chức", (p, n) -> p.equals("tổ"));
        INNER_WORDS.put("chính", (p, n) -> n.equals("phủ") || n.equals("trị"));
        INNER_WORDS.put("phủ", (p, n) -> p.equals("chính"));
        INNER_WORDS.put("trị", (p, n) -> p.equals("chính"));
        INNER_WORDS.put("bí", (p, n) -> n.equals("thư"));
        INNER_WORDS.put("thư", (p, n) -> p.equals("bí"));
        INNER_WORDS.put("trung", (p, n) -> n.equals("ương"));
        INNER_WORDS.put("ương", (p, n) -> p.equals("trung"));
        INNER_WORDS.put("tuyên", (p, n) -> n.equals("giáo"));
        INNER_WORDS.put("giáo", (p, n) -> p.equals("tuyên"));
        INNER_WORDS.put("cán", (p, n) -> n.equals("sự"));
        INNER_WORDS.put("sự", (p, n) -> p.equals("cán") || p.equals("quân"));
        INNER_WORDS.put("quân", (p, n) -> n.equals("sự") || n.equals("ủy") || n.equals("đội"));
        INNER_WORDS.put("chủ", (p, n) -> n.equals("tịch"));
        INNER_WORDS.put("tịch", (p, n) -> p.equals("chủ"));
        INNER_WORDS.put("văn", (p, n) -> n.equals("phòng"));
        INNER_WORDS.put("mặt", (p, n) -> n.equals("trận"));
        INNER_WORDS.put("liên", (p, n) -> n.equals("đoàn") || n.equals("hiệp"));
        INNER_WORDS.put("phụ", (p, n) -> n.equals("nữ"));
        INNER_WORDS.put("nông", (p, n) -> n.equals("dân"));
    }

    private IssuerParser() {
    }

    /** The length of the body head at token {@code i} (0 if none); strong heads only if {@code strongOnly}. */
    static int headAt(TokenizedText t, int i, boolean strongOnly) {
        PhraseLexicon.Match<Boolean> m = HEADS.match(t, i);
        if (m == null || (strongOnly && !m.value())) {
            return 0;
        }
        Token first = t.get(i);
        if (CAPITALISED_ONLY.contains(first.key()) && !first.capitalised()) {
            return 0;
        }
        return m.length();
    }

    /** The issuer starting at token {@code i}, or null. */
    static Issuer parse(TokenizedText t, int i, Mode mode) {
        Token first = t.get(i);
        if (!first.isWord() || DocumentTypes.match(t, i) != null) {
            return null;
        }
        int head = headAt(t, i, mode == Mode.DIRECT);
        if (mode == Mode.DIRECT && (head == 0 || !first.capitalised())) {
            return null;
        }
        if (head == 0) {
            if (mode == Mode.HEAD) {
                return null;
            }
            boolean unit = UNIT_WORDS.contains(first.key()) && !first.is("thị") && !first.is("thành")
                    || first.is("thành") && t.get(i + 1).is("phố")
                    || first.is("thị") && (t.get(i + 1).is("xã") || t.get(i + 1).is("trấn"));
            if (!unit && (!first.capitalised() || first.is("về"))) {
                return null;
            }
            head = 1;
        }
        boolean ministry = SECTORAL.contains(first.key()) && first.capitalised() && !t.get(i + 1).is("chính")
                || first.is("tổng") && t.get(i + 1).is("cục") || first.is("chi") && t.get(i + 1).is("cục");
        int end = i + head;
        int words = head;
        while (words < MAX_WORDS) {
            Token tok = t.get(end);
            if (tok.lineStart() && t.opensBlock(tok.line())) {
                break;
            }
            if (tok.isWord()) {
                if (DocumentTypes.match(t, end) != null && headAt(t, end, false) == 0) {
                    break;
                }
                if (tok.is("và") || tok.is("với")) {
                    Token after = t.get(end + 1);
                    if (tok.is("và") && (headAt(t, end + 1, false) > 0 || ministry && after.capitalised()
                            && DocumentTypes.match(t, end + 1) == null)) {
                        end++;
                        words++;
                        continue;
                    }
                    break;
                }
                boolean syllable = ministry && !tok.capitalised() && t.get(end - 1).capitalised()
                        && !STOP_IN_SECTOR.contains(tok.key());
                if (syllable || (tok.capitalised() ? acceptCapitalised(t, end) : acceptLowerCase(t, end))) {
                    end++;
                    words++;
                    continue;
                }
                break;
            }
            if (tok.isNumber() && tok.text().length() <= 2 && UNIT_WORDS.contains(t.get(end - 1).key())) {
                end++;
                words++;
                continue;
            }
            boolean joiner = tok.isHyphen() && tok.spaceBefore() || tok.isPunct(',') && !tok.spaceBefore();
            if (joiner && ministry && t.get(end + 1).capitalised() && DocumentTypes.match(t, end + 1) == null
                    && headAt(t, end + 1, false) == 0) {
                end++;
                continue;
            }
            break;
        }
        int spanEnd = termEnd(t, end);
        String text = MentionText.clean(t, first.start(), t.get(end - 1).end(), null);
        return new Issuer(text, i, end, spanEnd);
    }

    private static boolean acceptCapitalised(TokenizedText t, int k) {
        Token tok = t.get(k);
        return !tok.is("về") && !tok.is("v") && !tok.is("ngày") && !tok.is("số") && !tok.is("ban")
                || tok.is("ban") && !t.get(k + 1).is("hành");
    }

    private static boolean acceptLowerCase(TokenizedText t, int k) {
        BiPredicate<String, String> rule = INNER_WORDS.get(t.get(k).key());
        return rule != null && rule.test(t.get(k - 1).key(), t.get(k + 1).key());
    }

    /** The token after a term of office at {@code k} ("(khóa XI)", "khóa 11"), or {@code k} if there is none. */
    static int termEnd(TokenizedText t, int k) {
        int m = k;
        boolean paren = t.get(m).isPunct('(');
        if (paren) {
            m++;
        }
        if (!t.get(m).is("khóa") || !isTermNumber(t.get(m + 1))) {
            return k;
        }
        m += 2;
        if (paren) {
            if (!t.get(m).isPunct(')')) {
                return k;
            }
            m++;
        }
        return m;
    }

    private static boolean isTermNumber(Token t) {
        if (t.isNumber()) {
            return t.text().length() <= 2;
        }
        if (!t.isWord()) {
            return false;
        }
        for (int i = 0; i < t.text().length(); i++) {
            if ("IVXLivxl".indexOf(t.text().charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
