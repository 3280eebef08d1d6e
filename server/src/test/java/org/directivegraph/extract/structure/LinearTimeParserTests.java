package org.directivegraph.extract.structure;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;

import org.directivegraph.extract.DocumentText;
import org.junit.jupiter.api.Test;

/** Every layout parser finishes quickly on a megabyte of garbage: no pattern backtracks without bound. */
class LinearTimeParserTests {

    private static final String[] TOKENS = {"Số:", "Số", "ngày", "tháng", "năm", "2023", "27", "/", "-", "–", "KH",
        "UBND", ".", "..", ";", ":", ",", "(", ")", "(B/c)", "**", "*", "#", "##", "I.", "II.", "1.", "2.", "a)", "đ)",
        "1.1.", "TM.", "KT.", "T/M", "Nơi nhận:", "CHỦ TỊCH", "Nguyễn Văn", "An", "   ", "          ", "\t", "|", "<br",
        "Trên đây", "./.", "xây dựng kế hoạch", "ban hành", "UBND xã", "ỦY BAN NHÂN DÂN", "XÃ", "KẾ HOẠCH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập", "V/v", "Căn cứ", "Thực hiện", "e\u0301", "\u00AD", "…", "“", "”",
        "MỤC ĐÍCH", "NỘI DUNG", "Lưu", "để biết", "ở cơ sở", "Khoản", "7"};

    private static String garbage(long seed, boolean lines) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(1_100_000);
        while (out.length() < 1_000_000) {
            out.append(TOKENS[random.nextInt(TOKENS.length)]);
            int r = random.nextInt(20);
            out.append(lines && r == 0 ? "\n" : r == 1 ? "" : " ");
        }
        return out.toString();
    }

    /**
     * Far above the ~0.2 s a megabyte takes, far below the minutes a backtracking regular expression would take: a
     * guard against hangs that does not fail on a busy machine (speed is measured by the benchmarks).
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    /** Each parser, on its own, without hanging. */
    private static void parseAll(String text) {
        DocumentText d = new DocumentText("garbage.txt", text);
        assertTimeoutPreemptively(HANG_GUARD, () -> HeaderParser.parse(d), "HeaderParser");
        assertTimeoutPreemptively(HANG_GUARD, () -> StructureParser.parse(d), "StructureParser");
        assertTimeoutPreemptively(HANG_GUARD, () -> RecipientParser.parse(d), "RecipientParser");
        assertTimeoutPreemptively(HANG_GUARD, () -> SignatureParser.parse(d), "SignatureParser");
    }

    @Test
    void aMegabyteOnOneLine() {
        HeaderParser.parse(TestDocs.doc("warm up"));
        parseAll(garbage(1, false));
    }

    @Test
    void aMegabyteOfShortLines() {
        HeaderParser.parse(TestDocs.doc("warm up"));
        parseAll(garbage(2, true));
    }

    @Test
    void aMegabyteOfOneRepeatedTrap() {
        HeaderParser.parse(TestDocs.doc("warm up"));
        parseAll("Số:" + " ".repeat(300_000) + "ngày" + " ".repeat(300_000) + "tháng" + ".".repeat(300_000) + "x");
        parseAll("I. " + "(".repeat(1_000_000));
        parseAll("- " + ";".repeat(500_000) + "Nơi nhận:\n- " + "; ".repeat(250_000));
        parseAll("1. " + "x ".repeat(500_000));
        parseAll("Nơi nhận:\n" + "- a;\n".repeat(200_000));
        parseAll("TM. " + "Ủ".repeat(1_000_000));
    }
}
