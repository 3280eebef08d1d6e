package org.directivegraph.extract.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.directivegraph.extract.DocumentText;

/**
 * Tells whether a text looks like Vietnamese administrative prose, like Vietnamese of another kind, or like
 * another language, so that the extractor can warn ("this text does not look Vietnamese: it looks like
 * English") or refuse.
 *
 * <p>Vietnamese marks almost every syllable with a tone or a modified vowel, so about a third of the letters of
 * Vietnamese prose carry a diacritic, and many of them ({@code ă đ ơ ư} and the tone-marked letters of the
 * Latin Extended Additional block) occur in no other language; French or German mark a few percent of their
 * letters, English none. A text is taken as Vietnamese when at least {@value #MIN_MARKED_SHARE} of its letters
 * carry a Vietnamese diacritic and at least {@value #MIN_SPECIFIC_SHARE} are letters only Vietnamese uses.
 * It is administrative when it also has at least {@value #MIN_MARKERS} of the words and layout marks of
 * Vietnamese official documents ({@code ỦY BAN NHÂN DÂN}, {@code Số:}, {@code Kế hoạch}, {@code thực hiện},
 * {@code công tác}, {@code ngày … tháng … năm}, {@code Nơi nhận}, ...). Other languages are guessed from their
 * commonest words. The text is looked at in NFC, so decomposed input is judged like composed input; it is not
 * changed.
 */
public final class VietnameseCheck {

    /** What a text looks like. */
    public enum Verdict {
        /** Vietnamese, and an administrative document (a plan, a decision, a report, ...). */
        ADMINISTRATIVE,
        /** Vietnamese, but not an administrative document (a story, a letter, a web page, ...). */
        VIETNAMESE,
        /** Not Vietnamese (or Vietnamese typed without its diacritics, which the extractor cannot read). */
        NOT_VIETNAMESE,
        /** Fewer than {@value VietnameseCheck#MIN_LETTERS} letters: too short to tell. */
        TOO_SHORT
    }

    /**
     * What a text looks like, and why.
     *
     * @param verdict the verdict
     * @param score from 0 to 1: under 0.5 not Vietnamese (0 for too short), from 0.5 Vietnamese, from 0.75
     *     administrative Vietnamese; within each band, higher is surer
     * @param diacriticShare the share of the letters that carry a Vietnamese diacritic (or are đ), 0 to 1
     * @param language the language the text looks like, in English ({@code "Vietnamese"}, {@code "English"},
     *     {@code "French"}, ..., or {@code "unknown"})
     * @param markers the administrative marks found, by name (e.g. {@code "Số:"}, {@code "Kế hoạch"})
     * @param reason why, in English, to follow the file name: e.g. {@code "does not look Vietnamese: it looks
     *     like English (0% of its letters carry Vietnamese diacritics; Vietnamese text has about 30%)"}
     */
    public record Result(Verdict verdict, double score, double diacriticShare, String language, List<String> markers, String reason) {

        /** Creates a result; the markers are copied. */
        public Result {
            markers = List.copyOf(markers);
        }

        /** Whether the text is Vietnamese, administrative or not. */
        public boolean isVietnamese() {
            return verdict == Verdict.ADMINISTRATIVE || verdict == Verdict.VIETNAMESE;
        }

        /** Whether the text is Vietnamese administrative prose. */
        public boolean isAdministrative() {
            return verdict == Verdict.ADMINISTRATIVE;
        }

        /** A warning to show for {@code fileName}, empty for Vietnamese administrative text. */
        public Optional<String> warning(String fileName) {
            return isAdministrative() ? Optional.empty() : Optional.of(fileName + " " + reason);
        }
    }

    /** The fewest letters a text needs to be judged. */
    public static final int MIN_LETTERS = 40;
    /** The least share of letters with a Vietnamese diacritic for Vietnamese (administrative prose has about 0.3). */
    public static final double MIN_MARKED_SHARE = 0.10;
    /** The least share of letters that only Vietnamese uses ({@code ă đ ĩ ũ ơ ư}, U+1EA0 to U+1EF9). */
    public static final double MIN_SPECIFIC_SHARE = 0.02;
    /** The fewest administrative marks for an administrative document. */
    public static final int MIN_MARKERS = 4;
    /** How many characters are looked at, from the start. */
    static final int SAMPLE_CHARS = 300_000;

    private static final String MARKED = "àáâãèéêìíòóôõùúýăđĩũơư";
    private static final String SPECIFIC = "ăđĩũơư";

    private static final Map<String, Pattern> MARKERS = markers();

    private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
            "English", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "be", "are", "by", "this", "it", "as",
                    "was", "at", "from", "or", "an", "which", "have", "has", "not", "will", "we", "they", "their", "its"),
            "French", Set.of("le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "en", "que", "qui", "dans", "pour", "pas",
                    "sur", "au", "aux", "avec", "ce", "il", "elle", "nous", "sont", "par", "mais", "ou", "à", "été", "cette", "leur", "se"),
            "German", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "ein", "eine", "auf", "für", "sich",
                    "dem", "des", "im", "auch", "wird", "sind"),
            "Spanish", Set.of("el", "los", "las", "y", "es", "con", "por", "para", "una", "del", "se", "que", "su", "al", "lo", "como",
                    "más", "pero", "sus"),
            "Vietnamese written without diacritics", Set.of("cua", "cac", "va", "nhung", "trong", "nguoi", "khong", "duoc", "cho", "voi",
                    "mot", "nay", "la", "thi", "da", "se", "tai", "theo", "ve", "nam", "ngay", "thang", "cong", "tac", "thuc", "hien",
                    "uy", "ban", "nhan", "dan", "co", "nha", "nuoc"));

    private VietnameseCheck() {
    }

    /** Checks the raw text of a document. */
    public static Result check(DocumentText text) {
        return check(text.raw());
    }

    /** Checks a text. */
    public static Result check(String text) {
        String sample = Normalizer.normalize(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text, Normalizer.Form.NFC);
        long letters = 0;
        long marked = 0;
        long specific = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            int lower = Character.toLowerCase(cp);
            boolean extended = lower >= 0x1EA0 && lower <= 0x1EF9;
            if (extended || MARKED.indexOf(lower) >= 0) {
                marked++;
            }
            if (extended || SPECIFIC.indexOf(lower) >= 0) {
                specific++;
            }
        }
        double share = letters == 0 ? 0 : (double) marked / letters;
        double specificShare = letters == 0 ? 0 : (double) specific / letters;
        List<String> found = new ArrayList<>();
        MARKERS.forEach((label, pattern) -> {
            if (pattern.matcher(sample).find()) {
                found.add(label);
            }
        });
        String percent = percent(share);
        if (letters < MIN_LETTERS) {
            return new Result(Verdict.TOO_SHORT, 0, share, "unknown", found,
                    "has only " + letters + " letters: too short to tell whether it is Vietnamese");
        }
        if (share >= MIN_MARKED_SHARE && specificShare >= MIN_SPECIFIC_SHARE) {
            if (found.size() >= MIN_MARKERS) {
                return new Result(Verdict.ADMINISTRATIVE, 0.5 + 0.5 * Math.min(1.0, found.size() / (2.0 * MIN_MARKERS)), share, "Vietnamese",
                        found, "looks like Vietnamese administrative text (" + percent + " of its letters carry Vietnamese diacritics; it has "
                                + String.join(", ", found) + ")");
            }
            return new Result(Verdict.VIETNAMESE, 0.5 + 0.25 * found.size() / MIN_MARKERS, share, "Vietnamese", found,
                    "is Vietnamese (" + percent + " of its letters carry Vietnamese diacritics) but does not look like an administrative document: "
                            + (found.isEmpty() ? "it has none" : "it has only " + String.join(", ", found) + " out")
                            + " of the usual marks (ỦY BAN NHÂN DÂN, Số:, Kế hoạch, thực hiện, công tác, ngày … tháng … năm, Nơi nhận)");
        }
        String language = guessLanguage(sample);
        String looksLike = language.equals("unknown") ? "it looks like no language we know (random letters, codes or a list?)"
                : "it looks like " + language;
        return new Result(Verdict.NOT_VIETNAMESE, 0.45 * Math.min(1.0, share / MIN_MARKED_SHARE) * Math.min(1.0, specificShare / MIN_SPECIFIC_SHARE),
                share, language, found, "does not look Vietnamese: " + looksLike + " (" + percent
                        + " of its letters carry Vietnamese diacritics; Vietnamese text has about 30%)");
    }

    /** Whether a text is Vietnamese, administrative or not (used to accept Windows-1258 text). */
    static boolean looksVietnamese(String text) {
        return check(text).isVietnamese();
    }

    /** The language whose commonest words make up the largest share (at least 8 %) of the words, or {@code "unknown"}. */
    private static String guessLanguage(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int total = 0;
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            for (var e : COMMON_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = "unknown";
        int bestHits = 0;
        for (var e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return total > 0 && bestHits * 100 >= total * 8 ? best : "unknown";
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static Map<String, Pattern> markers() {
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Map<String, Pattern> m = new java.util.LinkedHashMap<>();
        m.put("ỦY BAN NHÂN DÂN", Pattern.compile("(ủy|uỷ)\\s+ban\\s+nhân\\s+dân|\\bUBND\\b", ci));
        m.put("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Pattern.compile("cộng\\s+(hòa|hoà)\\s+xã\\s+hội\\s+chủ\\s+nghĩa|độc\\s+lập\\s*[-–—]\\s*tự\\s+do", ci));
        m.put("Số:", Pattern.compile("^[\\s*_#]*số\\s*:", ci | Pattern.MULTILINE));
        m.put("Kế hoạch", Pattern.compile("kế\\s+hoạch", ci));
        m.put("thực hiện", Pattern.compile("thực\\s+hiện", ci));
        m.put("công tác", Pattern.compile("công\\s+tác", ci));
        m.put("ngày … tháng … năm", Pattern.compile("ngày[\\s\\d]*tháng[\\s\\d]*năm\\s*\\d{4}", ci));
        m.put("Nơi nhận", Pattern.compile("nơi\\s+nhận", ci));
        m.put("Căn cứ", Pattern.compile("căn\\s+cứ", ci));
        m.put("triển khai", Pattern.compile("triển\\s+khai", ci));
        m.put("Chỉ thị, Quyết định … số", Pattern.compile("(chỉ\\s+thị|quyết\\s+định|nghị\\s+quyết|nghị\\s+định|thông\\s+tư|kế\\s+hoạch)\\s+số", ci));
        m.put("a document symbol (…/KH-UBND)", Pattern.compile("/\\s*(KH|QĐ|CT|NQ|TB|BC|CTr|NĐ|TT|HD|KL|UBND)-\\p{Lu}"));
        m.put("a signer's title (TM., KT., CHỦ TỊCH)", Pattern.compile("(?m)^\\W*(TM|KT|TL|Q)\\.\\s|CHỦ\\s+TỊCH|GIÁM\\s+ĐỐC"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
