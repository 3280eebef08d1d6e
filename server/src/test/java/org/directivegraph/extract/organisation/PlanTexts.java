package org.directivegraph.extract.organisation;

import org.directivegraph.extract.DocumentText;

/** Small plans written for the organisation tests: a complete header and layout around the part under test. */
final class PlanTexts {

    private PlanTexts() {
    }

    /** A district plan whose section III is {@code thirdSection} (heading and items) and section IV organises it. */
    static DocumentText plan(String thirdSection, String organisation) {
        String doc = "ỦY BAN NHÂN DÂN\nHUYỆN AN LẠC\n\nSố: 15/KH-UBND\n\nAn Lạc, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\n"
                + "Thực hiện công tác dân vận năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n\n"
                + "II. NỘI DUNG\n1. Tuyên truyền sâu rộng.\n\n" + thirdSection
                + "\n\nIV. TỔ CHỨC THỰC HIỆN\n" + organisation
                + "\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn A\n";
        return new DocumentText("t.txt", doc);
    }

    /** A plan with only an organisation section. */
    static DocumentText organisation(String items) {
        return plan("III. KINH PHÍ\n1. Kinh phí từ ngân sách huyện.", items);
    }
}
