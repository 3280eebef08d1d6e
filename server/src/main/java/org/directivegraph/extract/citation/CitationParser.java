package org.directivegraph.extract.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Span;

/**
 * Finds every mention of a document in the text of a Vietnamese administrative document, with its parts and
 * its exact span, following the grammar of citations in Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW and
 * the Law on legal documents:
 * <pre>
 *   mention  = TYPE-WORD ["số" [":"]] [NUMBERS] [LAW-TITLE] { [","] "ngày" DATE | "(" "ngày" DATE ")"
 *                                                        | [","] "của" ISSUER [TERM] | ISSUER } [SUBJECT]
 *            | NUMBER-AND-SYMBOL { … the same attributes … }            (a bare symbol: "theo 570/UBND-NCPC")
 *   NUMBERS  = NUMBER-AND-SYMBOL { ("," | "và") NUMBER-AND-SYMBOL }     ("217, 218-QĐ/TW": one mention each)
 * </pre>
 * The pieces are read by {@link NumberSymbolParser}, {@link DateParser}, {@link IssuerParser},
 * {@link LawTitleParser} and {@link SubjectParser} over the tokens of {@link TokenizedText}, which skips
 * page-number lines and reads line breaks as spaces, so citations broken across lines and pages are found.
 *
 * <p>Which type words name a document:</p>
 * <ul>
 *   <li>any type word, in any case, followed by a number with a symbol, or by "số" and a number ("các Nghị
 *       quyết số 18, 19", "kế hoạch số 12/KH-UBND"); a capitalised type word followed by a bare number
 *       ("Chỉ thị 33 của …", "Đề án 06");</li>
 *   <li>without a number, a capitalised type word followed (after an optional date) by "của" + the head of a
 *       body ("Kế hoạch của UBND huyện Bình Giang về …", "Chỉ thị của Ban Thường vụ Tỉnh ủy"), by a strong
 *       body head directly ("Nghị quyết HĐND phường"), or by "ngày" + a date;</li>
 *   <li>"Luật", "Bộ luật", "Pháp lệnh" (capitalised) followed by a title ("Luật Khiếu nại").</li>
 * </ul>
 * Not citations: lower-case type words without a number ("xây dựng kế hoạch"); type words after "các",
 * "những", "mọi", "từng", "một số" … or after a comma or "và" that follows such an unnamed type word ("các
 * Chỉ thị, Nghị quyết của Đảng"); a type word with "này" after it or "Trên đây là" before it (the document
 * itself); an all-capital type word without a number (the document's own type line "KẾ HOẠCH"); a type word
 * followed by anything else ("Nghị quyết Đại hội …", "Kế hoạch thực hiện …"); a bare symbol after "Số:" (the
 * document's own number line). A bare symbol needs two symbol parts or a legal-normative year.
 *
 * <p>Everything is linear in the length of the text, with a bounded look-ahead at each candidate; no regular
 * expression runs on the text.</p>
 */
public final class CitationParser {

    private static final Set<String> GENERIC_BEFORE = Set.of("các", "những", "mọi", "từng", "mỗi", "nhiều", "cả");

    private static final Set<String> AFTER_BARE_NUMBER = Set.of("ngày", "của", "về", "và", "hoặc", "ban", "quy",
            "hướng", "đã", "được", "thì", "là", "có", "nêu", "trên", "do", "đề", "theo", "tại");

    private CitationParser() {
    }

    /** The mentions of documents in a text, in text order (mentions sharing a span in list order). */
    public static List<CitationMention> parse(DocumentText document) {
        TokenizedText t = TokenizedText.of(document.raw());
        List<Draft> drafts = new ArrayList<>();
        Set<Integer> unnamed = new HashSet<>();
        boolean[] consumed = new boolean[t.size() + 1];
        for (int i = 0; i < t.size(); i++) {
            PhraseLexicon.Match<DocumentTypes.TypeWord> m = DocumentTypes.match(t, i);
            if (m == null) {
                continue;
            }
            Draft d = typed(t, i, m, unnamed);
            if (d == null) {
                unnamed.add(i + m.length() - 1);
            } else {
                drafts.add(d);
                d.consume(consumed);
            }
            i += m.length() - 1;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isNumber() && !consumed[i]) {
                Draft d = bare(t, i);
                if (d != null) {
                    drafts.add(d);
                    d.consume(consumed);
                    i = d.numbers.get(d.numbers.size() - 1).endToken() - 1;
                }
            }
        }
        drafts.sort(Comparator.comparingInt(d -> d.start));
        boolean[] heads = new boolean[t.size() + 1];
        for (Draft d : drafts) {
            heads[d.start] = true;
        }
        List<CitationMention> mentions = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.subject == null) {
                Subject s = SubjectParser.parse(t, d.end, heads, d.issuer == null);
                if (s != null) {
                    d.subject = s.text();
                    if (s.trailingIssuer() != null) {
                        d.issuer = s.trailingIssuer();
                        d.end = s.trailingIssuer().spanEnd();
                    }
                }
            }
            d.emit(document, t, mentions);
        }
        return mentions;
    }

    /** A mention that starts with a type word, or null if the type word does not name a document. */
    private static Draft typed(TokenizedText t, int i, PhraseLexicon.Match<DocumentTypes.TypeWord> m,
                               Set<Integer> unnamed) {
        DocumentTypes.TypeWord type = m.value();
        Token first = t.get(i);
        int j = i + m.length();
        if (t.get(j).is("này") || isClosingFormula(t, i)) {
            return null;
        }
        boolean capital = first.capitalised();
        boolean allCaps = true;
        for (int w = i; w < j; w++) {
            allCaps &= VietnameseText.isAllUpper(t.get(w).text());
        }
        boolean hasSo = false;
        int n = j;
        if (isSo(t.get(n))) {
            int q = t.get(n + 1).isPunct(':') ? n + 2 : n + 1;
            if (t.get(q).isNumber() || t.get(q).isPunct('/') && NumberSymbolParser.isSymbolPart(t.get(q + 1))) {
                hasSo = true;
                n = q;
            }
        }
        Draft d = new Draft(i, type, j);
        d.numbers = NumberSymbolParser.list(t, n, hasSo);
        if (d.numbers != null && !acceptNumbers(t, d.numbers, hasSo, capital)) {
            d.numbers = null;
        }
        d.end = d.numbers != null ? d.numbers.get(d.numbers.size() - 1).endToken() : j;
        boolean titled = type.kind() == DocumentTypes.Kind.TITLED;
        if (d.numbers == null && titled && capital && !allCaps) {
            LawTitle title = LawTitleParser.parse(t, j);
            if (title != null) {
                d.subject = title.text();
                d.end = title.endToken();
            }
        }
        boolean named = d.numbers != null || d.subject != null;
        attributes(t, d, !named, titled);
        if (d.numbers != null) {
            return d;
        }
        if (allCaps || !capital || type.kind() == DocumentTypes.Kind.NUMBER_ONLY || isGeneric(t, i, unnamed)) {
            return null;
        }
        if (titled && d.date == null && d.issuer == null && d.titleYear == null && !inForceNote(t, d.end)) {
            // a law named only by its title ("Luật Khiếu nại, Luật Tố cáo") names a body of law, not a
            // citable document: only a date, a year, an issuer or an entry-into-force note makes it one
            return null;
        }
        return d.subject != null || d.date != null || d.issuer != null ? d : null;
    }

    /** Whether "(có hiệu lực từ …)" follows at token {@code i}: an entry-into-force date that identifies a law. */
    private static boolean inForceNote(TokenizedText t, int i) {
        int k = t.get(i).isPunct('(') ? i + 1 : i;
        return t.get(k).is("có") && t.get(k + 1).is("hiệu") && t.get(k + 2).is("lực")
                || t.get(k).is("hiệu") && t.get(k + 1).is("lực");
    }

    /** A bare number-and-symbol at token {@code i} ("theo 570/UBND-NCPC"), or null. */
    private static Draft bare(TokenizedText t, int i) {
        Token number = t.get(i);
        Token prev = t.get(i - 1);
        if (prev.isPunct('/') || prev.isHyphen() || prev.isPunct('.') || !number.spaceBefore() && !prev.text().isEmpty()
                && !prev.isPunct('(') && !prev.isQuote()) {
            return null;
        }
        Token beforeNumber = prev.isPunct(':') ? t.get(i - 2) : prev;
        if (beforeNumber.is("số") && beforeNumber.capitalised()) {
            return null;
        }
        NumberSymbol ns = NumberSymbolParser.item(t, i, false);
        if (ns == null || ns.symbol() == null || ns.legalYear() == null && ns.symbol().indexOf('-') < 0
                && ns.symbol().indexOf('/') < 0) {
            return null;
        }
        Draft d = new Draft(i, null, i);
        d.numbers = List.of(ns);
        d.end = ns.endToken();
        attributes(t, d, false, false);
        return d;
    }

    /** "số", or a conversion typo of it ("sổ", "sô"), before a number. */
    private static boolean isSo(Token t) {
        return t.is("số") || t.is("sổ") || t.is("sô");
    }

    /** Whether bare numbers after a type word name a document ("Chỉ thị 33 của …"), not a quantity. */
    private static boolean acceptNumbers(TokenizedText t, List<NumberSymbol> numbers, boolean hasSo, boolean capital) {
        for (NumberSymbol n : numbers) {
            if (n.symbol() != null) {
                return true;
            }
        }
        if (!hasSo && !capital) {
            return false;
        }
        String first = numbers.get(0).number();
        if (first.length() > 5 || !hasSo && first.length() == 4 && first.compareTo("1900") >= 0 && first.compareTo("2100") <= 0) {
            return false;
        }
        int after = numbers.get(numbers.size() - 1).endToken();
        Token next = t.get(after);
        if (next.text().isEmpty() || next.isQuote()) {
            return true;
        }
        if (next.kind() == Token.Kind.PUNCT) {
            return ",;.:()".contains(next.text());
        }
        if (next.is("năm")) {
            Token y = t.get(after + 1);
            return y.isNumber() && y.text().length() == 4;
        }
        return next.isWord() && AFTER_BARE_NUMBER.contains(next.key());
    }

    /**
     * Reads date, issuer (with term of office), a law's "năm 2013" and a law's late "số …" after token
     * {@code d.end}, in any order, each once.
     */
    private static void attributes(TokenizedText t, Draft d, boolean unnumbered, boolean titled) {
        int k = d.end;
        for (int round = 0; round < 6; round++) {
            int kk = t.get(k).isPunct(',') ? k + 1 : k;
            Token x = t.get(kk);
            if (d.date == null && x.is("ngày")) {
                StatedDate date = DateParser.afterNgay(t, kk);
                if (date == null) {
                    break;
                }
                d.date = date;
                k = date.endToken();
                continue;
            }
            if (d.date == null && x.isPunct('(') && t.get(kk + 1).is("ngày")) {
                StatedDate date = DateParser.afterNgay(t, kk + 1);
                if (date != null && t.get(date.endToken()).isPunct(')')) {
                    d.date = date;
                    k = date.endToken() + 1;
                    continue;
                }
                break;
            }
            if (d.issuer == null && x.is("của")) {
                Issuer issuer = IssuerParser.parse(t, kk + 1,
                        unnumbered ? IssuerParser.Mode.HEAD : IssuerParser.Mode.NUMBERED);
                if (issuer == null) {
                    break;
                }
                d.issuer = issuer;
                k = issuer.spanEnd();
                continue;
            }
            if (d.issuer == null && kk == k && !x.newlineBefore()) {
                Issuer issuer = IssuerParser.parse(t, k, IssuerParser.Mode.DIRECT);
                if (issuer != null) {
                    d.issuer = issuer;
                    k = issuer.spanEnd();
                    continue;
                }
            }
            if (titled && kk == k && d.titleYear == null && x.is("năm") && t.get(k + 1).isNumber()
                    && t.get(k + 1).text().length() == 4) {
                d.titleYear = t.get(k + 1).value();
                k += 2;
                continue;
            }
            if (titled && kk == k && d.numbers == null && x.is("số")) {
                List<NumberSymbol> numbers = NumberSymbolParser.list(t, k + 1, false);
                if (numbers != null && numbers.get(0).symbol() != null) {
                    d.numbers = numbers;
                    k = numbers.get(numbers.size() - 1).endToken();
                    continue;
                }
            }
            break;
        }
        d.end = k;
    }

    /** "Trên đây là Kế hoạch …", "Trên đây Kế hoạch …": the closing formula names the document itself. */
    private static boolean isClosingFormula(TokenizedText t, int i) {
        return t.get(i - 1).is("là") && t.get(i - 2).is("đây") && t.get(i - 3).is("trên")
                || t.get(i - 1).is("đây") && t.get(i - 2).is("trên");
    }

    /** "các Chỉ thị", "một số Nghị định", "các Chỉ thị, Nghị quyết": a kind of document, not one. */
    private static boolean isGeneric(TokenizedText t, int i, Set<Integer> unnamed) {
        Token prev = t.get(i - 1);
        if (prev.isWord() && GENERIC_BEFORE.contains(prev.key())
                || prev.is("số") && t.get(i - 2).is("một")) {
            return true;
        }
        return (prev.isPunct(',') || prev.is("và") || prev.is("hoặc") || prev.isPunct('/')) && unnamed.contains(i - 2);
    }

    /** A mention being built. */
    private static final class Draft {
        final int start;
        final DocumentTypes.TypeWord type;
        /** The token after the type word (equal to {@code start} for a bare symbol). */
        final int typeEnd;
        List<NumberSymbol> numbers;
        StatedDate date;
        Issuer issuer;
        Integer titleYear;
        String subject;
        int end;

        Draft(int start, DocumentTypes.TypeWord type, int typeEnd) {
            this.start = start;
            this.type = type;
            this.typeEnd = typeEnd;
            this.end = start + 1;
        }

        void consume(boolean[] consumed) {
            if (numbers != null) {
                for (int k = numbers.get(0).startToken(); k < numbers.get(numbers.size() - 1).endToken(); k++) {
                    consumed[k] = true;
                }
            }
        }

        /** Adds one mention per number (one without number if there is none), all with the same span. */
        void emit(DocumentText document, TokenizedText t, List<CitationMention> out) {
            int from = t.get(start).start();
            int to = t.get(end - 1).end();
            int[] spliced = date != null && date.splicedStart() >= 0
                    ? new int[] {date.splicedStart(), date.splicedEnd()} : null;
            String text = MentionText.clean(t, from, to, spliced);
            String typeWord = typeEnd > start ? MentionText.clean(t, from, t.get(typeEnd - 1).end(), null) : null;
            String issuerText = issuer == null ? null : issuer.text();
            LocalDate stated = date == null ? null : date.date();
            Span span = document.span(from, to);
            if (numbers == null) {
                Integer year = date != null && date.year() != null ? date.year() : titleYear;
                out.add(new CitationMention(type.code(), typeWord, null, null, null, stated, year, issuerText, subject,
                        span, text));
                return;
            }
            for (NumberSymbol n : numbers) {
                String code = type != null && type.code() != null ? type.code() : DocumentTypes.codeOfSymbol(n);
                Integer year = date != null && date.year() != null ? date.year()
                        : n.legalYear() != null ? n.legalYear() : titleYear;
                out.add(new CitationMention(code, typeWord, n.number(), n.symbol(), n.numberAndSymbol(), stated, year,
                        issuerText, subject, span, text));
            }
        }
    }
}
