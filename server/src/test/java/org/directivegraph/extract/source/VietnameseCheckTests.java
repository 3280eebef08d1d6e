package org.directivegraph.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Random;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.source.VietnameseCheck.Result;
import org.directivegraph.extract.source.VietnameseCheck.Verdict;
import org.junit.jupiter.api.Test;

/** Vietnamese administrative text is told apart from Vietnamese of another kind and from other languages. */
class VietnameseCheckTests {

    static final String ENGLISH = "The municipal council met on Tuesday to review the annual budget. Members agreed that the"
            + " new library should open in the spring, and they asked the planning office to prepare a report on the cost of"
            + " repairing the old bridge over the river before the end of the year.";

    static final String FRENCH = "Le conseil municipal s'est réuni mardi pour examiner le budget annuel. Les membres ont convenu"
            + " que la nouvelle bibliothèque devrait ouvrir au printemps, et ils ont demandé au service d'urbanisme de préparer"
            + " un rapport sur le coût de la réparation du vieux pont avant la fin de l'année.";

    /** A short story: Vietnamese, but nothing administrative. */
    static final String STORY = "Chiều hôm ấy, trời đổ mưa rào. Bé Lan ngồi bên cửa sổ, nhìn những giọt nước lăn dài trên tàu lá"
            + " chuối ngoài vườn. Bà nội đang nhóm bếp, mùi khói rơm quyện với mùi cơm mới thơm lừng cả gian nhà nhỏ. Con mèo mướp"
            + " cuộn tròn dưới chân bà, thỉnh thoảng lại vươn vai kêu meo meo. Lan chợt nhớ đến mẹ, người đã lên thành phố từ đầu"
            + " mùa gặt. Em khẽ thì thầm với con mèo rằng mai mẹ sẽ về, mang theo chiếc áo mới màu xanh như lá mạ.";

    @Test
    void theSeedsAreVietnameseAdministrativeText() throws Exception {
        for (Path seed : TestDocuments.seeds()) {
            Result result = VietnameseCheck.check(new DocumentText(seed.getFileName().toString(), Files.readString(seed)));
            assertThat(result.verdict()).as(seed + ": " + result.reason()).isEqualTo(Verdict.ADMINISTRATIVE);
            assertThat(result.score()).isGreaterThanOrEqualTo(0.75);
            assertThat(result.diacriticShare()).isBetween(0.2, 0.5);
            assertThat(result.language()).isEqualTo("Vietnamese");
            assertThat(result.markers()).contains("Kế hoạch", "thực hiện", "công tác");
            assertThat(result.warning(seed.getFileName().toString())).isEmpty();
            assertThat(result.reason()).startsWith("looks like Vietnamese administrative text (");
        }
    }

    @Test
    void theHeaderOfAPlanNamesItsMarks() throws Exception {
        Result result = VietnameseCheck.check(Files.readString(TestDocuments.seed(TestDocuments.SEED)));
        assertThat(result.markers()).contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:", "ngày … tháng … năm", "Nơi nhận");
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void englishIsNotVietnamese() {
        Result result = VietnameseCheck.check(ENGLISH);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_VIETNAMESE);
        assertThat(result.language()).isEqualTo("English");
        assertThat(result.score()).isLessThan(0.5);
        assertThat(result.diacriticShare()).isZero();
        assertThat(result.warning("report.txt")).contains("report.txt does not look Vietnamese: it looks like English"
                + " (0% of its letters carry Vietnamese diacritics; Vietnamese text has about 30%)");
    }

    @Test
    void frenchIsNotVietnameseDespiteItsAccents() {
        Result result = VietnameseCheck.check(FRENCH);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_VIETNAMESE);
        assertThat(result.language()).isEqualTo("French");
        assertThat(result.diacriticShare()).isGreaterThan(0).isLessThan(VietnameseCheck.MIN_MARKED_SHARE);
        assertThat(result.reason()).startsWith("does not look Vietnamese: it looks like French");
    }

    @Test
    void randomAsciiIsNoLanguage() {
        Random random = new Random(11);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_/";
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Result result = VietnameseCheck.check(noise.toString());
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_VIETNAMESE);
        assertThat(result.language()).isEqualTo("unknown");
        assertThat(result.reason()).startsWith("does not look Vietnamese: it looks like no language we know");
    }

    @Test
    void aVietnameseStoryIsVietnameseButNotAdministrative() {
        Result result = VietnameseCheck.check(STORY);
        assertThat(result.verdict()).as(result.reason()).isEqualTo(Verdict.VIETNAMESE);
        assertThat(result.isVietnamese()).isTrue();
        assertThat(result.isAdministrative()).isFalse();
        assertThat(result.score()).isBetween(0.5, 0.75);
        assertThat(result.markers()).hasSizeLessThan(VietnameseCheck.MIN_MARKERS);
        assertThat(result.warning("truyen.txt").orElseThrow()).startsWith("truyen.txt is Vietnamese (")
                .contains("but does not look like an administrative document");
    }

    @Test
    void decomposedTextIsJudgedLikeComposedText() throws Exception {
        String seed = Files.readString(TestDocuments.seed("002_e8343cfd8903a018.txt"));
        Result composed = VietnameseCheck.check(seed);
        Result decomposed = VietnameseCheck.check(Normalizer.normalize(seed, Normalizer.Form.NFD));
        assertThat(decomposed).isEqualTo(composed);
        assertThat(VietnameseCheck.check(Normalizer.normalize(STORY, Normalizer.Form.NFD)).verdict()).isEqualTo(Verdict.VIETNAMESE);
    }

    @Test
    void vietnameseWithoutDiacriticsIsNotReadable() {
        String plain = Normalizer.normalize(STORY, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        String admin = "Thuc hien Ke hoach cua UBND huyen ve trien khai thuc hien cong tac dan van cua co quan hanh chinh nha nuoc,"
                + " chinh quyen cac cap nam 2023 tren dia ban huyen.";
        Result result = VietnameseCheck.check(admin);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_VIETNAMESE);
        assertThat(result.language()).isEqualTo("Vietnamese written without diacritics");
        assertThat(VietnameseCheck.check(plain).verdict()).isEqualTo(Verdict.NOT_VIETNAMESE);
    }

    @Test
    void aShortTextCannotBeJudged() {
        Result result = VietnameseCheck.check("Số: 10/KH-UBND");
        assertThat(result.verdict()).isEqualTo(Verdict.TOO_SHORT);
        assertThat(result.score()).isZero();
        assertThat(result.warning("short.txt")).contains("short.txt has only 8 letters: too short to tell whether it is Vietnamese");
    }
}
