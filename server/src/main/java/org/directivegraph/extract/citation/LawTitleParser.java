package org.directivegraph.extract.citation;

import java.util.Set;

/**
 * Reads the title that follows "Luật", "Bộ luật" or "Pháp lệnh" when the document is cited by its name.
 *
 * <p>The title runs over words until a word that cannot be part of a title in running text: "ngày", "số",
 * "năm", "của", "về", "theo", "tại", "có" ("có hiệu lực"), "được", "đã", "để", "quy định", "hướng dẫn",
 * "hiện hành", "này", "các" …; "và" before a type word or such a word; punctuation ("(", ";", ".", a comma
 * unless it joins the first words of a title like "Phòng, chống"); a line that opens a block. A title
 * starting with a lower-case word ("Luật tiếp công dân") must not start with one of those words ("Luật quy
 * định …", "Luật sư"). At most {@value #MAX_WORDS} words. The title of an amending law ("Luật sửa đổi, bổ sung
 * một số điều của Luật …") runs over the names of the laws it amends.</p>
 */
final class LawTitleParser {

    private static final int MAX_WORDS = 15;

    private static final Set<String> STOP = Set.of("ngày", "số", "năm", "của", "về", "theo", "tại", "hoặc", "có",
            "được", "đã", "để", "nhằm", "đối", "này", "là", "khi", "thì", "sẽ", "do", "gồm", "như", "các",
            "những", "mà", "nêu", "đó", "đang", "cũng", "phải", "không", "trước", "sau", "từ", "đến");

    private static final Set<String> STOP_FIRST_LOWER = Set.of("sư", "gia", "mới", "trên", "với", "trong", "cho",
            "quy", "hướng", "hiện", "định", "pháp", "liên", "nói", "chung", "riêng", "chuyên", "khác", "kinh",
            "học", "thi", "đã");

    private LawTitleParser() {
    }

    /** The title starting at token {@code j} (right after the type word), or null. */
    static LawTitle parse(TokenizedText t, int j) {
        Token first = t.get(j);
        if (first.is("sửa") && t.get(j + 1).is("đổi")) {
            return amendment(t, j);
        }
        if (!first.isWord() || first.newlineBefore() && t.opensBlock(first.line()) || STOP.contains(first.key())
                || !first.capitalised() && STOP_FIRST_LOWER.contains(first.key())
                || DocumentTypes.match(t, j) != null) {
            return null;
        }
        int m = j;
        int words = 0;
        while (words < MAX_WORDS) {
            Token tok = t.get(m);
            if (m > j && tok.lineStart() && t.opensBlock(tok.line())) {
                break;
            }
            if (tok.isWord()) {
                if (m > j && stops(t, m)) {
                    break;
                }
                words++;
                m++;
                continue;
            }
            if (tok.isPunct(',') && words <= 2) {
                Token next = t.get(m + 1);
                if (next.isWord() && !next.capitalised() && !STOP.contains(next.key())
                        && DocumentTypes.match(t, m + 1) == null) {
                    m++;
                    continue;
                }
            }
            break;
        }
        if (words == 0) {
            return null;
        }
        return new LawTitle(MentionText.clean(t, first.start(), t.get(m - 1).end(), null), m);
    }

    /**
     * The title of an amending law, which names the laws it amends: "sửa đổi, bổ sung một số điều của Luật Tổ
     * chức Chính phủ và Luật Tổ chức chính quyền địa phương". It runs over those names up to "ngày", "số" or
     * "năm" before a number, a verb that follows titles ("có", "được", "theo"), or punctuation other than a comma.
     */
    private static LawTitle amendment(TokenizedText t, int j) {
        int m = j;
        int words = 0;
        while (words < 3 * MAX_WORDS) {
            Token tok = t.get(m);
            if (m > j && tok.lineStart() && t.opensBlock(tok.line())) {
                break;
            }
            boolean stop = AMENDMENT_STOP.contains(tok.key())
                    || (tok.is("số") || tok.is("năm")) && (t.get(m + 1).isNumber() || t.get(m + 1).isPunct(':'));
            if (tok.isWord() && !stop || tok.isPunct(',') && t.get(m + 1).isWord()) {
                words += tok.isWord() ? 1 : 0;
                m++;
                continue;
            }
            break;
        }
        return new LawTitle(MentionText.clean(t, t.get(j).start(), t.get(m - 1).end(), null), m);
    }

    private static final Set<String> AMENDMENT_STOP = Set.of("ngày", "có", "được", "đã", "theo", "tại", "để",
            "nhằm", "này");

    private static boolean stops(TokenizedText t, int m) {
        Token tok = t.get(m);
        Token next = t.get(m + 1);
        if (STOP.contains(tok.key())) {
            return true;
        }
        if (tok.is("quy") && next.is("định") || tok.is("hướng") && next.is("dẫn") || tok.is("hiện") && next.is("hành")
                || tok.is("sửa") && next.is("đổi") || tok.is("ban") && next.is("hành") && !tok.capitalised()) {
            return true;
        }
        if (tok.is("và")) {
            return !next.isWord() || STOP.contains(next.key()) || DocumentTypes.match(t, m + 1) != null;
        }
        PhraseLexicon.Match<DocumentTypes.TypeWord> type = DocumentTypes.match(t, m);
        return type != null && tok.capitalised();
    }
}
