package org.directivegraph.extract.organisation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.directivegraph.evaluate.FactKeys;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Span;
import org.directivegraph.extract.structure.DocumentStructure;
import org.directivegraph.extract.structure.Item;
import org.directivegraph.extract.structure.Section;

/**
 * Reads obligations from the organisation sections: clauses (bullets, sentences) that give a deadline ("trước
 * ngày 10/4/2023", "chậm nhất ngày 01/11/2023", "trong tháng 10/2023"), a recurrence ("định kỳ 6 tháng và cuối
 * năm", "hàng năm") or that make a body report or send something ("báo cáo …", "gửi … về …"). The bearers are
 * the bodies the enclosing item is about; the addressee follows "về"/"cho"/"báo cáo"; the intermediary follows
 * "qua".
 */
public final class ObligationReader {

    /**
     * The "và" where an addressee's name ends: before a lower-case word ("UBND huyện hướng dẫn và thẩm định …") or
     * before another body ("UBND huyện và Ban Dân vận"); not the "và" inside one name, followed by a capitalised word
     * that starts no body ("Phòng Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường").
     */
    private static final String AND_ANOTHER_BODY = "\\s+và(?!\\s+(?!(?:Ủy|Uỷ|UBND|Phòng|Sở|Ban|Văn|Đảng|Huyện|Tỉnh|Thành|"
            + "Thường|Các|Công|Mặt)(?![\\p{L}]))\\p{Lu})";
    private static final Pattern DUE = Pattern.compile("(?iu)(trước|chậm nhất(?: là)?|hạn chót)\\s+ngày\\s+(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{4})");
    private static final Pattern WITHIN = Pattern.compile("(?iu)trong\\s+tháng\\s+(\\d{1,2})\\s*[/-]\\s*(\\d{4})");
    private static final Pattern SEND = Pattern.compile("(?iu)\\b(báo cáo|gửi|nộp|phản ánh)\\b");
    private static final Pattern TO = Pattern.compile(
            "(?u)\\b(?:về|cho|báo cáo|[Tt]ham mưu)\\s+((?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Phòng|Sở|Văn phòng|Ban|Đảng ủy|Huyện ủy|Tỉnh ủy|Thường trực)[^(,;.]*?)(?=\\s*(?:\\(|,|;|\\.|\\s+trước|\\s+chậm|\\s+theo|\\s+để|\\s+trong|" + AND_ANOTHER_BODY + "|$))");
    private static final Pattern BULLET = Pattern.compile("^[-+•–]\\s*");
    /** The subject of a clause: a name of at most twelve words before its verb of reporting or sending. */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?u)^((?:\\p{L}+[,]?\\s+){1,11}?\\p{L}+)\\s+(?:có trách nhiệm\\s+|chịu trách nhiệm\\s+)?(?:báo cáo|gửi|nộp|tổng hợp)\\b");
    private static final Pattern UPPER_REPORT = Pattern.compile(
            "(?u)\\bbáo cáo của\\s+((?:Ủy ban nhân dân|UBND)\\s+(?:huyện|quận|thị xã|thành phố|tỉnh)(?:\\s+\\p{Lu}\\p{L}*)*)");
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile(
            "(?u)^((?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\\s+(?:các\\s+)?(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|thị trấn)(?:,\\s*thị trấn)?)?(?:\\s+\\p{Lu}\\p{L}*)*)");

    /** "UBND phường xem xét" -> "UBND phường": a People's Committee's name ends after its unit word and name. */
    static String trimPeoplesCommittee(String addressee) {
        StringBuilder out = new StringBuilder();
        for (String part : addressee.split(" và ")) {
            Matcher m = PEOPLES_COMMITTEE.matcher(part);
            out.append(out.length() == 0 ? "" : " và ").append(m.find() && !m.group(1).isBlank() ? m.group(1) : part);
        }
        return out.toString();
    }

    private static final Pattern MORE_TO = Pattern.compile(
            "(?u)(?:,|\\s+và)\\s+((?:Ủy ban nhân dân|UBND|[Pp]hòng|Sở|Văn phòng|Ban|Đảng ủy|Huyện ủy|Tỉnh ủy)[^(,;.]*?)(?=\\s*(?:\\(|,|;|\\.|" + AND_ANOTHER_BODY + "|\\s+theo|\\s+trước|$))");
    private static final Pattern VIA = Pattern.compile("(?u)\\(?\\bqua\\s+((?:bộ phận\\s+)?(?:Phòng|phòng|Sở|sở|Văn phòng|Ban|bộ phận)[^)(,;.]*?)(?=\\s*(?:\\)|,|;|\\.|\\s+để|\\s+trước|\\s+hoàn|$))");
    private static final String[][] RECURRENCE = {
        {"hàng tháng", "monthly"}, {"hằng tháng", "monthly"}, {"quý", "quarterly"}, {"6 tháng", "six-monthly"},
        {"sáu tháng", "six-monthly"}, {"9 tháng", "nine-monthly"}, {"01 năm", "yearly"}, {"hàng năm", "yearly"},
        {"hằng năm", "yearly"}, {"cuối năm", "year-end"}};
    private static final String[][] KINDS = {
        {"báo cáo", "report"}, {"gửi kế hoạch", "submit-plan"}, {"xây dựng kế hoạch", "submit-plan"},
        {"hồ sơ", "submit-files"}, {"đánh giá", "evaluate"}, {"xếp loại", "evaluate"}, {"chấm điểm", "evaluate"}};

    /** The obligations of the document's organisation sections, in text order (issuer's level unknown). */
    public List<Obligation> read(DocumentText text, DocumentStructure structure, List<Responsibility> responsibilities) {
        return read(text, structure, responsibilities, null);
    }

    /**
     * The obligations of the document's organisation sections and closing paragraph, in text order. In a
     * commune's plan, "báo cáo của UBND huyện / quận / tỉnh …" is the report the upper level asks for, so that
     * body is the addressee.
     */
    public List<Obligation> read(DocumentText text, DocumentStructure structure, List<Responsibility> responsibilities,
                                 String issuerLevel) {
        return readAll(text, structure, responsibilities, "commune".equals(issuerLevel));
    }

    private List<Obligation> readAll(DocumentText text, DocumentStructure structure, List<Responsibility> responsibilities,
                                     boolean communeIssuer) {
        List<Obligation> out = new ArrayList<>();
        for (Section section : structure.sections()) {
            if (!section.kind().equals("organisation")) {
                continue;
            }
            List<Item> items = structure.itemsOf(section);
            for (Item item : items) {
                List<String> bearers = responsibilities.stream().filter(r -> r.span().equals(item.span()))
                        .map(Responsibility::bodyText).toList();
                if (bearers.isEmpty() && item.title() != null && ResponsibilityReader.looksLikeBody(item.title())) {
                    // no body read at the item's start: the item's heading says who ("Trách nhiệm của …")
                    bearers = List.of(item.title().replaceFirst("(?iu)^trách nhiệm của\\s+", "").replaceAll("\\s+", " ").strip());
                }
                // a parent item's own text ends where its first sub-item begins
                int end = items.stream().filter(o -> o != item && item.span().contains(o.span()) && o.span().start() > item.span().start())
                        .mapToInt(o -> o.span().start()).min().orElse(item.span().end());
                int before = out.size();
                read(text, text.span(item.span().start(), end), bearers, communeIssuer, out);
                dropTopicHeading(item, end, out.subList(before, out.size()));
            }
        }
        // the closing paragraph ("Trên đây là Kế hoạch … nếu có phát sinh … phản ánh kịp thời …"), after the last section
        if (!structure.sections().isEmpty()) {
            int from = structure.sections().get(structure.sections().size() - 1).span().end();
            Matcher recipients = NOI_NHAN.matcher(text.raw());
            int to = recipients.find(from) ? recipients.start() : text.raw().length();
            if (to > from) {
                Matcher who = CLOSING_BEARER.matcher(text.raw().substring(from, to));
                List<String> bearers = who.find() ? List.of(who.group(1).replaceAll("\\s+", " ").strip()) : List.of();
                int before = out.size();
                read(text, text.span(from, to), bearers, communeIssuer, out);
                // only what the closing paragraph makes bodies report: not its summary sentence
                out.subList(before, out.size()).removeIf(o -> o.bearers().isEmpty()
                        || o.recurrences().isEmpty() && o.dueDate() == null && o.duePeriod() == null);
            }
        }
        return out;
    }

    /**
     * An item whose first line is only a topic ("4. Chế độ báo cáo", "Chế độ thông tin, báo cáo") followed by the
     * clauses that say who reports what: the topic line is a heading, not an obligation.
     */
    private static void dropTopicHeading(Item item, int itemEnd, List<Obligation> read) {
        Span title = item.titleSpan();
        if (title == null || read.isEmpty() || title.end() >= itemEnd - 1) {
            return;
        }
        read.removeIf(o -> o.span().start() <= title.start() + item.ordinal().length() + 2 && o.span().end() <= title.end() + 1
                && o.dueDate() == null && o.duePeriod() == null && o.recurrences().isEmpty() && o.addressee() == null);
    }

    private static final Pattern NOI_NHAN = Pattern.compile("(?iu)n[ơo]i\\s+nh[ậa]n\\s*:");
    private static final Pattern CLOSING_BEARER = Pattern.compile(
            "(?u)(?:[Đđ]ề nghị|[Yy]êu cầu)\\s+((?:các|Các)\\s[^.;:]{3,60}?)\\s+(?:nghiêm túc|có liên quan nghiêm|triển khai|thực hiện)");

    private void read(DocumentText text, Span item, List<String> bearers, boolean communeIssuer, List<Obligation> out) {
        String s = item.text();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            boolean end = i == s.length() || s.charAt(i) == ';' || s.charAt(i) == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))
                    || s.charAt(i) == '\n' && i + 1 < s.length() && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+');
            if (end) {
                if (i > start) {
                    clause(text, item.start() + start, item.start() + i, bearers, communeIssuer, out);
                }
                start = i + 1;
            }
        }
    }

    private void clause(DocumentText text, int from, int to, List<String> bearers, boolean communeIssuer, List<Obligation> out) {
        String raw = text.raw().substring(from, to);
        String c = BULLET.matcher(raw.replace("*", "").replaceAll("\\s+", " ").strip()).replaceFirst("");
        if (c.length() < 8) {
            return;
        }
        String folded = " " + FactKeys.fold(c) + " ";
        LocalDate due = null;
        String deadlineKind = null;
        Matcher d = DUE.matcher(c);
        if (d.find()) {
            try {
                due = LocalDate.of(Integer.parseInt(d.group(4)), Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)));
                deadlineKind = d.group(1).toLowerCase().startsWith("trước") ? "before" : "no-later-than";
            } catch (DateTimeException e) {
                due = null;
            }
        }
        YearMonth period = null;
        Matcher w = WITHIN.matcher(c);
        if (due == null && w.find()) {
            period = YearMonth.of(Integer.parseInt(w.group(2)), Integer.parseInt(w.group(1)));
            deadlineKind = "within";
        }
        // recurrence words are matched with their diacritics: "quý" (quarter) is not "quy" (rule)
        String lower = " " + c.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        List<String> recurrences = new ArrayList<>();
        for (String[] r : RECURRENCE) {
            if (lower.contains(" " + r[0] + " ") && !recurrences.contains(r[1])) {
                recurrences.add(r[1]);
            }
        }
        if (recurrences.isEmpty() && lower.contains(" định kỳ ")) {
            recurrences.add("periodic");
        }
        if (lower.contains(" kịp thời ") && lower.contains(" phát sinh ")) {
            recurrences.add("as-occurs");
        }
        boolean sends = SEND.matcher(c).find();
        if (due == null && period == null && recurrences.isEmpty() && !sends) {
            return;
        }
        if (due == null && period == null && recurrences.isEmpty() && !folded.contains(" bao cao ")) {
            return;
        }
        List<String> kinds = new ArrayList<>();
        for (String[] k : KINDS) {
            if (folded.contains(" " + FactKeys.fold(k[0]) + " ") && !kinds.contains(k[1])) {
                kinds.add(k[1]);
            }
        }
        Matcher t = TO.matcher(c);
        String addressee = null;
        Matcher upper = UPPER_REPORT.matcher(c);
        if (communeIssuer && upper.find()) {
            addressee = upper.group(1).strip();
        } else if (t.find()) {
            addressee = t.group(1).strip();
            // further addressees listed after a comma ("tham mưu UBND huyện, Ban Dân vận Huyện ủy")
            Matcher more = MORE_TO.matcher(c.substring(t.end()));
            while (more.lookingAt()) {
                addressee = addressee + " và " + more.group(1).strip();
                more.region(more.end(), more.regionEnd());
            }
        }
        if (addressee != null) {
            addressee = trimPeoplesCommittee(addressee);
        }
        Matcher v = VIA.matcher(c);
        String via = v.find() ? v.group(1).strip() : null;
        // a clause with its own subject ("Ủy ban nhân dân phường X báo cáo …") names its bearer itself
        Matcher subject = SUBJECT.matcher(c);
        if (subject.find() && ResponsibilityReader.isBodyName(subject.group(1))) {
            bearers = List.of(subject.group(1).strip());
        }
        out.add(new Obligation(bearers, c, kinds, addressee, via, due, deadlineKind, period, recurrences, text.span(from, to)));
    }
}
