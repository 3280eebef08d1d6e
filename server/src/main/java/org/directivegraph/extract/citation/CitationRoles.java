package org.directivegraph.extract.citation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.directivegraph.extract.DocumentText;

/**
 * Tells what the citing document does with each document it mentions, as a code of
 * {@code vocab/citation-role}:
 * <ul>
 *   <li>{@value #IMPLEMENTS} — the document is issued to carry out the cited one:
 *     <ul>
 *       <li>a mention in a sentence of the preamble (before the first section heading, see
 *           {@link DocumentOutline}) that opens with "Thực hiện", "Thực hiện có hiệu quả", "Triển khai
 *           thực hiện", "Triển khai", "Tổ chức thực hiện", "Tổ chức triển khai", "Để / Nhằm thực hiện", "Để /
 *           Nhằm triển khai" — every mention of that sentence, including those chained after the first
 *           ("Thực hiện Chỉ thị 33 … và Kế hoạch … của UBND huyện") and those nested in its subject;</li>
 *       <li>a mention in the first sentence of the first item or bullet of the purposes section (the
 *           section whose heading contains "MỤC ĐÍCH"; a bare sub-heading "1. Mục đích" is skipped) when that
 *           item opens with "Triển khai", "Thực hiện", "Tổ chức quán triệt", "Quán triệt", "Tổ chức thực
 *           hiện" or "Tổ chức triển khai";</li>
 *     </ul></li>
 *   <li>{@value #BASED_ON} — a mention in a sentence of the preamble that opens with "Căn cứ";</li>
 *   <li>{@value #CITES} — every other mention.</li>
 * </ul>
 * A sentence of the preamble starts after the last ".", ";", ":", "!" or "?" before the mention; a line
 * inside it that starts with a capitalised opener also starts a clause (PDF text often loses the full stop
 * after the title), and so does a line right after the type line in capitals ("KẾ HOẠCH ⏎ thực hiện Chỉ thị
 * số 05-CT/TW …", the lower-case title of a Party document). The nearest opener before the mention decides.
 * A clause that starts with a mention continues the list of the clause before it ("Căn cứ Luật A; Luật B;"). "Thực hiện Kế hoạch số 765/KH-UBND …;
 * Căn cứ Chương trình số 30-CTr/BDVHU-UBND …" gives implements, then based-on.
 */
public final class CitationRoles {

    /** The cited document is carried out by the citing one. */
    public static final String IMPLEMENTS = "implements";
    /** The cited document is the basis of the citing one. */
    public static final String BASED_ON = "based-on";
    /** The cited document is mentioned. */
    public static final String CITES = "cites";

    private static final String[] IMPLEMENTS_OPENERS = {"thực hiện", "triển khai", "tổ chức thực hiện",
        "tổ chức triển khai", "để thực hiện", "để triển khai", "nhằm thực hiện", "nhằm triển khai"};
    private static final String[] BASED_ON_OPENERS = {"căn cứ"};
    private static final String[] PURPOSE_OPENERS = {"triển khai", "thực hiện", "tổ chức quán triệt", "quán triệt",
        "tổ chức thực hiện", "tổ chức triển khai"};

    private static final int MAX_LOOK_BACK = 4000;
    private static final int MAX_LINES_BACK = 60;
    private static final int MAX_LIST_CLAUSES = 10;

    private CitationRoles() {
    }

    /** The role code of each mention, in the order of {@code mentions}. */
    public static List<String> classify(DocumentText document, List<CitationMention> mentions) {
        TokenizedText t = TokenizedText.linesOf(document.raw());
        DocumentOutline outline = DocumentOutline.of(t);
        String raw = document.raw();
        int[] clauses = clauseStarts(raw, outline.firstSectionStart());
        Set<Integer> starts = new HashSet<>();
        for (CitationMention m : mentions) {
            starts.add(m.span().start());
        }
        List<String> roles = new ArrayList<>(mentions.size());
        // looked at once: the words at the purposes item's start could follow a megabyte of marks
        boolean purposesOpenWithImplementing = outline.purposesItemStart() >= 0
                && opener(raw, outline.purposesItemContent(), PURPOSE_OPENERS, false);
        for (CitationMention m : mentions) {
            int at = m.span().start();
            String role = null;
            if (at < outline.firstSectionStart()) {
                role = preambleRole(t, at, clauses, starts);
            }
            if (role == null && purposesOpenWithImplementing && at >= outline.purposesItemStart()
                    && at < outline.purposesFirstSentenceEnd()) {
                role = IMPLEMENTS;
            }
            roles.add(role == null ? CITES : role);
        }
        return roles;
    }

    /** The offsets where a clause starts in {@code [0, end)}: 0 and after each ".", ";", ":", "!", "?". */
    private static int[] clauseStarts(String raw, int end) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (c == ';' || c == ':' || c == '!' || c == '?'
                    || c == '.' && (i + 1 >= raw.length() || Character.isWhitespace(raw.charAt(i + 1)))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The last clause start at or before {@code at}; -1 if it is more than {@value #MAX_LOOK_BACK} chars back. */
    private static int clauseStart(int[] starts, int at) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return starts[lo] >= at - MAX_LOOK_BACK ? starts[lo] : -1;
    }

    /**
     * The role of a mention of the preamble: given by the opener of its clause, or, when the clause starts with a
     * mention, by the clause before ("Căn cứ Luật A; Luật B;": both based-on), at most
     * {@value #MAX_LIST_CLAUSES} clauses back.
     */
    private static String preambleRole(TokenizedText t, int at, int[] clauses, Set<Integer> mentionStarts) {
        int clause = clauseStart(clauses, at);
        String role = openerRole(t, at, clause);
        for (int k = 0; role == null && k < MAX_LIST_CLAUSES && clause > 0
                && mentionStarts.contains(firstWord(t.raw(), clause)); k++) {
            int previous = clauseStart(clauses, clause - 1);
            role = openerRole(t, clause - 1, previous);
            clause = previous;
        }
        return role;
    }

    private static int firstWord(String raw, int pos) {
        int i = pos;
        while (i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || "*_#-–+•".indexOf(raw.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /**
     * The role given by the nearest opener of the preamble clause starting at {@code clause}, or null. A clause
     * too long to be a sentence ({@code clause} -1) is searched only at line starts near the mention. At a line
     * start inside the clause the opener must be capitalised, unless the line before is in capitals (the
     * document's type line: "KẾ HOẠCH ⏎ thực hiện Chỉ thị số …").
     */
    private static String openerRole(TokenizedText t, int at, int clause) {
        String raw = t.raw();
        int lines = 0;
        for (int line = t.lineOf(at); line >= 0 && lines < MAX_LINES_BACK; line--, lines++) {
            if (clause < 0 && t.lineStart(line) < at - MAX_LOOK_BACK) {
                break;
            }
            int start = Math.max(t.lineStart(line), clause);
            boolean clauseStart = start == clause;
            String role = roleAt(raw, start, !clauseStart && !afterCapitalsLine(t, line));
            if (role != null) {
                return role;
            }
            if (clauseStart) {
                break;
            }
        }
        return null;
    }

    /** Whether the last non-blank line before {@code line} is written in capitals ("KẾ HOẠCH"). */
    private static boolean afterCapitalsLine(TokenizedText t, int line) {
        for (int l = line - 1; l >= 0 && l >= line - 4; l--) {
            String s = t.raw().substring(t.lineStart(l), Math.min(t.lineEnd(l), t.lineStart(l) + 80));
            if (!s.isBlank()) {
                return VietnameseText.isAllUpper(s) && s.codePoints().filter(Character::isLetter).count() >= 2;
            }
        }
        return false;
    }

    private static String roleAt(String raw, int pos, boolean requireCapital) {
        String head = head(raw, pos, requireCapital);
        if (head == null) {
            return null;
        }
        if (startsWith(head, BASED_ON_OPENERS)) {
            return BASED_ON;
        }
        return startsWith(head, IMPLEMENTS_OPENERS) ? IMPLEMENTS : null;
    }

    /** Whether the words at {@code pos} (after spaces, Markdown marks and a bullet) start with an opener. */
    static boolean opener(String raw, int pos, String[] openers, boolean requireCapital) {
        String head = head(raw, pos, requireCapital);
        return head != null && startsWith(head, openers);
    }

    /** The first words at {@code pos}, as a comparison key; null if {@code requireCapital} and not capitalised. */
    private static String head(String raw, int pos, boolean requireCapital) {
        int i = pos;
        while (i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || "*_#-–+•".indexOf(raw.charAt(i)) >= 0)) {
            i++;
        }
        if (i >= raw.length() || requireCapital && !Character.isUpperCase(raw.charAt(i))) {
            return null;
        }
        StringBuilder b = new StringBuilder(32);
        boolean space = false;
        for (int j = i; j < raw.length() && b.length() < 28; j++) {
            char c = raw.charAt(j);
            if (Character.isWhitespace(c) || c == '*' || c == '_') {
                space = true;
            } else {
                if (space) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return VietnameseText.key(b.toString());
    }

    private static boolean startsWith(String head, String[] openers) {
        for (String o : openers) {
            if (head.startsWith(o) && (head.length() == o.length() || !Character.isLetter(head.charAt(o.length())))) {
                return true;
            }
        }
        return false;
    }
}
