package org.directivegraph.extract.structure;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the issuer in the body when the header does not name it: the subject of the sentence that says
 * who makes the document, "UBND phường Trường Thi xây dựng kế hoạch thực hiện cụ thể như sau", "Ủy ban
 * nhân dân phường Lãm Hà ban hành Kế hoạch …".
 *
 * @param text  the issuer as written, whitespace collapsed
 * @param start normalised index where it starts
 * @param end   normalised index where it ends
 */
public record BodyIssuer(String text, int start, int end) {

    private static final Pattern VERB = Pattern.compile("(?u)(?<![\\p{L}])"
            + "(?:xây\\s+dựng|ban\\s+hành|XÂY\\s+DỰNG|BAN\\s+HÀNH)\\s+"
            + "(?:[Kk]ế\\s+hoạch|KẾ\\s+HOẠCH|[Cc]hương\\s+trình|[Hh]ướng\\s+dẫn|[Bb]áo\\s+cáo|[Cc]hỉ\\s+thị"
            + "|[Qq]uyết\\s+định|[Pp]hương\\s+án|[Đđ]ề\\s+án)(?![\\p{L}])");
    /** The words a body's name starts with. */
    private static final Pattern BODY_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + "UBND|HĐND|MTTQ|Ủy\\s+ban|Uỷ\\s+ban|Hội\\s+đồng|Ban\\s|Phòng\\s|Sở\\s|Bộ\\s|Văn\\s+phòng"
            + "|(?:Đảng|Huyện|Tỉnh|Thành|Quận|Thị)\\s+(?:ủy|uỷ)"
            + "|Thanh\\s+tra|Công\\s+an|Mặt\\s+trận|Trung\\s+tâm|Chi\\s+bộ|Đảng\\s+bộ|Chủ\\s+tịch)");
    private static final Set<String> NOT_IN_NAMES = Set.copyOf(LayoutWords.keys("về", "của", "việc", "để", "theo", "đã",
            "sẽ", "cần", "phải", "đang", "được", "nhằm", "tại", "cho", "với"));
    private static final int LOOK_BACK = 200;

    /** The first issuer named as the maker of the document in {@code text[from, to)}, or null. */
    public static BodyIssuer find(String text, int from, int to) {
        Matcher verb = VERB.matcher(text).region(from, to);
        while (verb.find()) {
            BodyIssuer found = subjectBefore(text, Math.max(from, verb.start() - LOOK_BACK), verb.start());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static BodyIssuer subjectBefore(String text, int limit, int verbStart) {
        int end = verbStart;
        while (end > limit && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > limit && ".;:,!?()“”\"".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        Matcher body = BODY_WORD.matcher(text).region(start, end);
        if (!body.find()) {
            return null;
        }
        String candidate = VietText.collapse(text.substring(body.start(), end));
        String[] words = candidate.split(" ");
        if (words.length < 2 || words.length > 14) {
            return null;
        }
        for (String w : words) {
            if (NOT_IN_NAMES.contains(VietText.key(w))) {
                return null;
            }
        }
        return new BodyIssuer(Markdown.clean(candidate), body.start(), end);
    }
}
