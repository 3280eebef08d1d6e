package org.directivegraph.extract.citation;

import java.text.Normalizer;
import java.util.Map;

/**
 * The names of document types as they are written in running text ("Chỉ thị", "Kế hoạch hành động") and as
 * type letters in symbols ("CT", "KH", "NĐ"), mapped to the codes of {@code vocab/doc-type}.
 *
 * <p>Sources: Nghị định 30/2020/NĐ-CP (appendix of abbreviations of state document types), Hướng dẫn
 * 36-HD/VPTW (Party documents: a Party "Quy định" also carries QĐ, a Party "Thông tri" carries TT), the
 * Law on legal documents (laws carry QHnn, legal-normative documents carry the year), and
 * {@code data/sources/document-types.csv}.</p>
 *
 * <p>Type words are matched case-insensitively on their exact diacritics, with both placements of the tone
 * mark ({@link VietnameseText#key}); a few cheap conversion typos that drop one diacritic of a frequent type
 * word ("Quyêt định", "Chi thị") are listed too.</p>
 */
final class DocumentTypes {

    /** How a type word behaves in the grammar. */
    enum Kind {
        /** An ordinary type: cited by number, or without one when its date or issuer is named. */
        PLAIN,
        /** A law-like type also cited by its title: "Luật Khiếu nại", "Bộ luật Lao động", "Pháp lệnh …". */
        TITLED,
        /** A generic word ("Văn bản") that cites a document only when a number follows; type from the symbol. */
        NUMBER_ONLY
    }

    /** A type word: its code (null: take it from the symbol) and kind. */
    record TypeWord(String code, Kind kind) {
    }

    private static final PhraseLexicon<TypeWord> WORDS = new PhraseLexicon<>();

    private static void word(String phrase, String code) {
        WORDS.add(phrase, new TypeWord(code, Kind.PLAIN));
    }

    static {
        word("Nghị quyết", "nq");
        word("Nghị quyết liên tịch", "nq");
        word("Quyết định", "qd");
        word("Chỉ thị", "ct");
        word("Quy chế", "qc");
        word("Quy chế phối hợp", "qc");
        word("Quy định", "qyd");
        word("Thông cáo", "tc");
        word("Thông báo", "tb");
        word("Thông báo kết luận", "tb");
        word("Hướng dẫn", "hd");
        word("Hướng dẫn liên tịch", "hd");
        word("Chương trình", "ctr");
        word("Chương trình hành động", "ctr");
        word("Chương trình phối hợp", "ctr");
        word("Chương trình liên tịch", "ctr");
        word("Chương trình công tác", "ctr");
        word("Kế hoạch", "kh");
        word("Kế hoạch hành động", "kh");
        word("Kế hoạch liên tịch", "kh");
        word("Kế hoạch phối hợp", "kh");
        word("Kế hoạch liên ngành", "kh");
        word("Phương án", "pa");
        word("Đề án", "dda");
        word("Dự án", "da");
        word("Báo cáo", "bc");
        word("Biên bản", "bb");
        word("Tờ trình", "ttr");
        word("Hợp đồng", "hdd");
        word("Công điện", "cd");
        word("Bản ghi nhớ", "bgn");
        word("Bản thỏa thuận", "btt");
        word("Giấy ủy quyền", "guq");
        word("Giấy mời", "gm");
        word("Giấy giới thiệu", "ggt");
        word("Kết luận", "kl");
        word("Thông tư", "tt");
        word("Thông tư liên tịch", "tt");
        word("Thông tri", "ttri");
        word("Nghị định", "nd");
        word("Công văn", "cv");
        // conversion typos that lose one diacritic of a frequent type word
        word("Quyêt định", "qd");
        word("Quyết đinh", "qd");
        word("Nghi quyết", "nq");
        word("Nghị quyêt", "nq");
        word("Nghi định", "nd");
        word("Nghị đinh", "nd");
        word("Chi thị", "ct");
        word("Chỉ thi", "ct");
        word("Kê hoạch", "kh");
        word("Kế hoach", "kh");
        word("Kêt luận", "kl");
        word("Kết luân", "kl");
        WORDS.add("Luật", new TypeWord("luat", Kind.TITLED));
        WORDS.add("Bộ luật", new TypeWord("luat", Kind.TITLED));
        WORDS.add("Pháp lệnh", new TypeWord("pl", Kind.TITLED));
        WORDS.add("Văn bản", new TypeWord(null, Kind.NUMBER_ONLY));
    }

    /** Type letters of symbols (case-sensitive, NFC) to codes. TT is handled by {@link #codeOfSymbol}. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("NQ", "nq"), Map.entry("NQLT", "nq"), Map.entry("QĐ", "qd"), Map.entry("CT", "ct"),
            Map.entry("QC", "qc"), Map.entry("QyĐ", "qyd"), Map.entry("TC", "tc"), Map.entry("TB", "tb"),
            Map.entry("HD", "hd"), Map.entry("HDLT", "hd"), Map.entry("CTr", "ctr"), Map.entry("KH", "kh"),
            Map.entry("PA", "pa"), Map.entry("ĐA", "dda"), Map.entry("DA", "da"), Map.entry("BC", "bc"),
            Map.entry("BB", "bb"), Map.entry("TTr", "ttr"), Map.entry("HĐ", "hdd"), Map.entry("CĐ", "cd"),
            Map.entry("BGN", "bgn"), Map.entry("BTT", "btt"), Map.entry("GUQ", "guq"), Map.entry("GM", "gm"),
            Map.entry("GGT", "ggt"), Map.entry("KL", "kl"), Map.entry("TTLT", "tt"), Map.entry("NĐ", "nd"),
            Map.entry("PL", "pl"), Map.entry("CV", "cv"));

    private DocumentTypes() {
    }

    /** The type word starting at token {@code i}, longest first, or null. */
    static PhraseLexicon.Match<TypeWord> match(TokenizedText t, int i) {
        return WORDS.match(t, i);
    }

    /**
     * The type a number-and-symbol names by its letters, when no type word says it.
     * <ul>
     *   <li>Party form {@code 23-QĐ/TW}: the letters after the hyphen (TT there is a Party Thông tri);</li>
     *   <li>legal-normative form {@code 04/2015/NĐ-CP}: the letters after the year; {@code QH15} alone is a law;</li>
     *   <li>state form {@code 33/CT-TTg}: the first letters if they are a type abbreviation; otherwise the
     *       symbol has no type letters ({@code 570/UBND-NCPC}) and the document is an official letter.</li>
     * </ul>
     * Returns null when the letters are not a known type (a Party symbol with unknown letters).
     */
    static String codeOfSymbol(NumberSymbol n) {
        if (n.symbol() == null) {
            return null;
        }
        String first = Normalizer.normalize(n.symbol().split("[-/]")[0], Normalizer.Form.NFC);
        if (n.partyForm()) {
            return "TT".equals(first) ? "ttri" : LETTERS.get(first);
        }
        if (n.legalYear() != null) {
            if (first.matches("QH\\d*")) {
                return "luat";
            }
            return "TT".equals(first) ? "tt" : LETTERS.get(first);
        }
        if ("TT".equals(first)) {
            return "tt";
        }
        return LETTERS.getOrDefault(first, "cv");
    }
}
