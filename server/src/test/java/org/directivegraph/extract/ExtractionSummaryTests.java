package org.directivegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON summary of each seed says what its README and gold data say, with the fixed field names. */
class ExtractionSummaryTests {

    static JsonNode summary(String seed) throws Exception {
        Path file = Path.of("../data/seeds", seed);
        var extraction = new Extractor().extract(new DocumentText(seed, Files.readString(file, StandardCharsets.UTF_8)));
        var s = ExtractionSummary.of(extraction, DocumentTypeNames.abbreviations(), List.of(), List.of(), List.of());
        return JsonMapper.builder().build().valueToTree(s);
    }

    @Test
    void fieldsAreExactlyTheDocumentedOnes() throws Exception {
        JsonNode s = summary("001_09e8b167c0733129.txt");
        assertThat(s.propertyNames()).containsExactly("doc_type", "number", "date", "issuer", "admin_level", "title",
                "signer", "implements", "cited", "sections", "tasks", "responsible_bodies", "indicators", "deadlines",
                "recipients", "warnings");
    }

    @Test
    void lamHaPlan() throws Exception {
        JsonNode s = summary("001_09e8b167c0733129.txt");
        assertThat(s.get("doc_type").asString()).isEqualTo("KH");
        assertThat(s.get("number").asString()).isEqualTo("10/KH-UBND");
        assertThat(s.get("date").asString()).isEqualTo("2024-02-27");
        assertThat(s.get("issuer").asString()).containsIgnoringCase("phường Lãm Hà");
        assertThat(s.get("admin_level").asString()).isEqualTo("commune");
        assertThat(s.get("signer").get("name").asString()).isEqualTo("Nguyễn Thị Tâm");
        assertThat(s.get("signer").get("position").asString()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(s.get("implements").findValuesAsString("number")).containsExactly("33/CT-TTg", "41/KH-UBND");
        assertThat(s.get("implements").get(0).get("date").asString()).isEqualTo("2021-11-26");
        assertThat(s.get("cited").findValuesAsString("number")).contains("23-QĐ/TW", "217-QĐ/TW", "218-QĐ/TW", "04/2015/NĐ-CP");
        assertThat(s.get("recipients")).hasSize(7);
        assertThat(s.get("tasks")).hasSize(5);
    }

    @Test
    void blankNumberAndDayAreNull() throws Exception {
        JsonNode s = summary("000_10e9ab392167727b.txt");
        assertThat(s.get("number").isNull()).isTrue();
        assertThat(s.get("date").isNull()).isTrue();
        assertThat(s.get("warnings").toString()).contains("number left blank", "date incomplete");
        assertThat(s.get("admin_level").asString()).isEqualTo("commune");
    }

    @Test
    void districtPlanWithoutSignerName() throws Exception {
        JsonNode s = summary("003_5e30993f3c594bd5.txt");
        assertThat(s.get("admin_level").asString()).isEqualTo("district");
        assertThat(s.get("signer").get("name").isNull()).isTrue();
        assertThat(s.get("implements").findValuesAsString("number")).contains("765/KH-UBND");
        assertThat(s.get("warnings").toString()).contains("signer's name not printed");
    }

    @Test
    void issuerFromTheBodyWhenTheHeaderIsMissing() throws Exception {
        JsonNode s = summary("002_e8343cfd8903a018.txt");
        assertThat(s.get("issuer").asString()).contains("Trường Thi");
        assertThat(s.get("implements").findValuesAsString("number")).contains("641/KH-UBND", "33/CT-TTg");
    }

    @Test
    void levelsFromIssuerNames() {
        assertThat(AdminLevels.of("Thủ tướng Chính phủ")).isEqualTo("central");
        assertThat(AdminLevels.of("UBND tỉnh Tây Ninh")).isEqualTo("province");
        assertThat(AdminLevels.of("Ủy ban nhân dân thành phố Hải Phòng")).isEqualTo("province");
        assertThat(AdminLevels.of("UBND thành phố Thanh Hóa")).isEqualTo("district");
        assertThat(AdminLevels.of("UBND quận Kiến An")).isEqualTo("district");
        assertThat(AdminLevels.of("ỦY BAN NHÂN DÂN XÃ NAM CHÍNH")).isEqualTo("commune");
        assertThat(AdminLevels.of("Công ty ABC")).isNull();
    }
}
