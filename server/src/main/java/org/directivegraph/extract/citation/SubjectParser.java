package org.directivegraph.extract.citation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the subject of a citation: what follows "về", "về việc", "V/v", "ban hành" or an opening quotation
 * mark, to the end of that clause.
 *
 * <p>The clause ends at ";", at ":" outside quotation marks, at the end of a sentence (". ", "./.", "…"), at
 * a line that opens a block (list item, heading, footnote), before "để" / "nhằm" (a purpose clause of the
 * citing sentence), at the closing mark of a quoted subject, after {@value #MAX_WORDS} words, and at a
 * following citation — unless that citation is nested in the subject, which the word before it shows
 * ("về việc thực hiện Chỉ thị số 33/CT-TTg …", "hướng dẫn Nghị định …"); at most {@value #MAX_NESTED}
 * citations nest in one subject. A citation after a comma or "và" is the next item of a list and ends the
 * subject (the comma or "và" is not part of it).</p>
 *
 * <p>When the citation has no issuer yet, "của" + a body at the very end of the clause is its issuer, written
 * after the subject ("… năm 2024 của Ủy ban nhân dân quận Kiến An.").</p>
 */
final class SubjectParser {

    static final int MAX_WORDS = 60;

    /** Citations nested in one subject; the next one ends it. */
    static final int MAX_NESTED = 2;

    /** Last words of a phrase that introduces a nested citation inside a subject. */
    private static final Set<String> LINKING = Set.of("hiện", "hành", "khai", "theo", "tại", "của", "về", "việc",
            "dẫn", "sung", "đổi", "triệt", "kết", "giá", "hóa", "cứ", "đạo", "thế", "kèm", "vào", "là", "gồm",
            "như", "quả", "nghiêm", "tục", "điều", "định");

    private SubjectParser() {
    }

    /**
     * The subject starting at token {@code k}, or null if no subject starts there.
     *
     * @param heads      tokens where a citation starts
     * @param wantIssuer whether to look for an issuer at the end of the clause
     */
    static Subject parse(TokenizedText t, int k, boolean[] heads, boolean wantIssuer) {
        int s = k;
        if (t.get(s).isPunct(',') && (t.get(s + 1).is("về") || t.get(s + 1).isQuote())) {
            s++;
        }
        Token first = t.get(s);
        boolean quoted = first.isQuote();
        boolean starts = quoted || first.is("về")
                || first.is("v") && t.get(s + 1).isPunct('/') && t.get(s + 2).is("v")
                || first.is("ban") && t.get(s + 1).is("hành");
        if (!starts) {
            return null;
        }
        int m = s;
        int last = s - 1;
        int words = 0;
        boolean inQuote = false;
        boolean nested = false;
        int nestedHeads = 0;
        Issuer trailing = null;
        while (m < t.size() && words < MAX_WORDS) {
            Token tok = t.get(m);
            if (m > s && tok.lineStart() && t.opensBlock(tok.line())) {
                break;
            }
            if (tok.isQuote()) {
                last = m;
                if (quoted && m > s) {
                    break;
                }
                inQuote = !inQuote;
                m++;
                continue;
            }
            if (tok.isPunct(';') || tok.isPunct('!') || tok.isPunct('?') || tok.isPunct('…')
                    || tok.isPunct(':') && !inQuote || isSentenceEnd(t, m)) {
                break;
            }
            if (m > s && heads[m]) {
                if (!isLinked(t.get(m - 1)) || nestedHeads == MAX_NESTED) {
                    while (last > s && (t.get(last).is("và") || t.get(last).is("hoặc") || t.get(last).is("cùng")
                            || t.get(last).isPunct(','))) {
                        last--;
                    }
                    break;
                }
                nested = true;
                nestedHeads++;
            }
            if (m > s && !inQuote && (tok.is("để") || tok.is("nhằm"))) {
                break;
            }
            if (wantIssuer && !nested && !inQuote && m > s && tok.is("của")) {
                Issuer issuer = IssuerParser.parse(t, m + 1, IssuerParser.Mode.HEAD);
                if (issuer != null && endsClause(t, issuer.spanEnd(), heads)) {
                    trailing = issuer;
                    break;
                }
            }
            if (!tok.isPunct(',')) {
                words++;
            }
            last = m;
            m++;
        }
        if (last < s) {
            return null;
        }
        String text = tidy(MentionText.clean(t, t.get(s).start(), t.get(last).end(), null));
        if (text.isEmpty()) {
            return trailing == null ? null : new Subject(null, s, last + 1, trailing);
        }
        return new Subject(text, s, last + 1, trailing);
    }

    /** A full stop that ends a sentence: followed by a space, a line break, "/" ("./.") or the end. */
    static boolean isSentenceEnd(TokenizedText t, int m) {
        if (!t.get(m).isPunct('.')) {
            return false;
        }
        Token next = t.get(m + 1);
        return next.spaceBefore() || next.isPunct('/') || next.isPunct('.') || next.text().isEmpty();
    }

    private static boolean isLinked(Token before) {
        return before.isQuote() || before.isPunct('(') || before.isWord() && LINKING.contains(before.key());
    }

    private static boolean endsClause(TokenizedText t, int k, boolean[] heads) {
        Token tok = t.get(k);
        return tok.text().isEmpty() || tok.isPunct(';') || tok.isPunct(',') || tok.isPunct(':') || tok.isPunct(')')
                || isSentenceEnd(t, k) || tok.isPunct('…') || k < heads.length && heads[k]
                || tok.lineStart() && t.opensBlock(tok.line())
                || tok.is("và") && k + 1 < heads.length && heads[k + 1];
    }

    /** Removes quotation marks, a leading "về" / "về việc" / "V/v" and trailing punctuation. */
    static String tidy(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || "“”\"„«»″".indexOf(c) >= 0) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        String r = Normalizer.isNormalized(b, Normalizer.Form.NFC) ? b.toString()
                : Normalizer.normalize(b, Normalizer.Form.NFC);
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.startsWith("về việc ")) {
            r = r.substring(8);
        } else if (lower.startsWith("về ") || lower.startsWith("vể ")) {
            r = r.substring(3);
        } else if (lower.startsWith("v/v ")) {
            r = r.substring(4);
        }
        r = r.strip();
        while (!r.isEmpty() && ",;:.'’‘ ".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1);
        }
        while (!r.isEmpty() && "'’‘ ".indexOf(r.charAt(0)) >= 0) {
            r = r.substring(1);
        }
        return r.strip();
    }
}
