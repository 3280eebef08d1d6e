package org.directivegraph.extract.structure;

import java.util.List;
import java.util.Set;

/**
 * The fixed words of the layout of administrative documents (Nghị định 30/2020/NĐ-CP) that the parsers
 * look for: how a body paragraph opens, how the body closes, administrative unit words, urgency and
 * security marks, the words of positions that sign. Compared as {@link VietText#key} keys.
 */
final class LayoutWords {

    /** Words a body paragraph opens with (the preamble of a plan, the first words after the title). */
    static final List<String> OPENINGS = keys("Căn cứ", "Thực hiện", "Thi hành", "Triển khai", "Nhằm", "Để",
            "Theo", "Kính gửi", "Qua", "Sau khi", "Xét", "Nhận được", "Tiếp tục", "Trong thời gian", "Ngày");

    /**
     * Verbs that open a sentence of a plan's item. A line after an item's heading that opens with one starts
     * the item's text: the heading ended without a period ("7. Công tác phối hợp … \n Phối hợp với …").
     */
    static final List<String> SENTENCE_OPENERS = keys("Phối hợp", "Thực hiện", "Tăng cường", "Tiếp tục",
            "Đẩy mạnh", "Tổ chức", "Nâng cao", "Thường xuyên", "Chủ động", "Triển khai", "Tập trung", "Xây dựng",
            "Đổi mới", "Rà soát", "Kịp thời", "Nghiêm túc", "Tuyên truyền", "Vận động", "Chỉ đạo", "Đảm bảo",
            "Bảo đảm", "Phát huy", "Quán triệt", "Căn cứ", "Trên cơ sở", "Các", "Mỗi", "Hàng năm", "Định kỳ",
            "Giao", "Yêu cầu", "Đề nghị");

    /** Words the closing paragraph of the body opens with. */
    static final List<String> CLOSINGS = keys("Trên đây", "Yêu cầu", "Đề nghị", "Trong quá trình", "Quá trình",
            "Ủy ban nhân dân", "UBND");

    /** Administrative unit words, as the first words of a unit name ("XÃ THÁI HỌC"). */
    static final List<String> UNIT_PREFIXES = keys("thị trấn", "thị xã", "thành phố", "đặc khu", "xã", "phường",
            "huyện", "quận", "tỉnh", "tp.", "tp");

    /** Marks printed near the header that are not part of the issuer. */
    static final Set<String> HEADER_MARKS = Set.copyOf(keys("khẩn", "thượng khẩn", "hỏa tốc", "hỏa tốc hẹn giờ",
            "mật", "tối mật", "tuyệt mật", "dự thảo", "bản chính", "bản sao", "sao y"));

    /** Words that head a signer's position ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "BÍ THƯ"). */
    static final List<String> POSITION_WORDS = keys("chủ tịch", "giám đốc", "trưởng", "bí thư", "thủ tướng",
            "chánh", "chỉ huy", "thường trực", "ủy viên", "tổng", "thủ trưởng", "phó");

    private LayoutWords() {
    }

    static List<String> keys(String... words) {
        return java.util.Arrays.stream(words).map(VietText::key).toList();
    }

    /** Whether the key of a text starts with one of the keys as whole words. */
    static boolean startsWithAny(String textKey, List<String> keys) {
        for (String k : keys) {
            if (textKey.startsWith(k) && (textKey.length() == k.length() || !Character.isLetterOrDigit(textKey.charAt(k.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The number of words of the unit prefix at the start of a key ("thị trấn" -> 2), 0 when none. */
    static int unitPrefixWords(String textKey) {
        for (String k : UNIT_PREFIXES) {
            if (textKey.startsWith(k) && (textKey.length() == k.length() || textKey.charAt(k.length()) == ' ')) {
                String rest = textKey.substring(k.length()).strip();
                if (rest.startsWith("ủy") || rest.isEmpty()) {
                    return 0;
                }
                return k.split(" ").length;
            }
        }
        return 0;
    }
}
