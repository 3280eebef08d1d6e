package org.directivegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading body names into keys, scopes and unit names, without any look-up. */
class BodyNamesTests {

    static BodyName p(String name) {
        return BodyNames.parse(name);
    }

    @Test
    void abbreviationsAndSpelledOutFormsGiveOneKey() {
        assertThat(p("UBND").key()).isEqualTo("ubnd");
        assertThat(p("Ủy ban nhân dân").key()).isEqualTo("ubnd");
        assertThat(p("Uỷ ban nhân dân").key()).isEqualTo("ubnd");
        assertThat(p("HĐND phường").key()).isEqualTo("hdnd");
        assertThat(p("UBMTTQVN huyện").key()).isEqualTo("mttq");
        assertThat(p("Ủy ban Mặt trận Tổ quốc Việt Nam").key()).isEqualTo("mttq");
        assertThat(p("TT HĐND").key()).isEqualTo("tt-hdnd");
        assertThat(p("Thường trực Hội đồng nhân dân").key()).isEqualTo("tt-hdnd");
        assertThat(p("BTV Đảng ủy").key()).isEqualTo("btvdu");
        assertThat(p("ĐU").key()).isEqualTo("du");
        assertThat(p("VP").key()).isEqualTo("vp-ubnd");
        assertThat(p("Văn phòng HĐND và UBND huyện").key()).isEqualTo("vp-hdnd-ubnd");
        assertThat(p("PNV").key()).isEqualTo("pnv");
        assertThat(p("BDVHU").key()).isEqualTo("bdvhu");
    }

    @Test
    void unitWordsAtTheEndGiveTheScope() {
        assertThat(p("UBND huyện").scope()).isEqualTo(UnitScope.DISTRICT);
        assertThat(p("UBND quận").unitWord()).isEqualTo("quan");
        assertThat(p("UBND thành phố").scope()).isEqualTo(UnitScope.CITY);
        assertThat(p("Sở Nội vụ tỉnh").scope()).isEqualTo(UnitScope.PROVINCE);
        assertThat(p("Văn phòng UBND phường").scope()).isEqualTo(UnitScope.COMMUNE);
        assertThat(p("Văn phòng UBND").scope()).isEqualTo(UnitScope.OWN);
        assertThat(p("Phòng Nội vụ").scope()).as("a district office").isEqualTo(UnitScope.DISTRICT);
        assertThat(p("Sở Nội vụ").scope()).as("a provincial department").isEqualTo(UnitScope.PROVINCE);
        assertThat(p("Ban Thường vụ Tỉnh ủy").scope()).isEqualTo(UnitScope.PROVINCE);
        assertThat(p("Ban Thường vụ Thành ủy").scope()).isEqualTo(UnitScope.CITY);
        assertThat(p("Ban Dân vận Huyện ủy")).extracting(BodyName::key, BodyName::scope)
                .containsExactly("bdvhu", UnitScope.DISTRICT);
        assertThat(p("Ban Chấp hành Đảng bộ tỉnh")).extracting(BodyName::key, BodyName::scope)
                .containsExactly("tu", UnitScope.PROVINCE);
        assertThat(p("BCH Đảng bộ")).extracting(BodyName::key, BodyName::scope).containsExactly("du", UnitScope.OWN);
        assertThat(p("huyện")).extracting(BodyName::key, BodyName::scope).containsExactly("ubnd", UnitScope.DISTRICT);
    }

    @Test
    void namedUnitsAreKeptWithTheirTypeWord() {
        assertThat(p("ỦY BAN NHÂN DÂN XÃ THÁI HỌC").unitName()).isEqualTo("XÃ THÁI HỌC");
        assertThat(p("UBND huyện Bình Giang").unitName()).isEqualTo("huyện Bình Giang");
        assertThat(p("UBND TP Thanh Hóa").unitName()).isEqualTo("thành phố Thanh Hóa");
        assertThat(p("Huyện ủy Dương Minh Châu")).extracting(BodyName::key, BodyName::unitName)
                .containsExactly("hu", "huyện Dương Minh Châu");
        assertThat(p("Thành ủy Hải Phòng").unitName()).isEqualTo("thành phố Hải Phòng");
        assertThat(p("Ban Thường vụ Tỉnh ủy Hải Dương")).extracting(BodyName::key, BodyName::unitName)
                .containsExactly("btvtu", "tỉnh Hải Dương");
        assertThat(p("Đảng ủy phường Trường Thi")).extracting(BodyName::key, BodyName::unitName)
                .containsExactly("du", "phường Trường Thi");
        assertThat(p("Huyện Dương Minh Châu")).extracting(BodyName::key, BodyName::unitName)
                .containsExactly("ubnd", "Huyện Dương Minh Châu");
    }

    @Test
    void groupsAndOfficesKeepTheirWords() {
        assertThat(p("Các tổ chức chính trị - xã hội").key()).isEqualTo("cac-to-chuc-chinh-tri-xa-hoi");
        assertThat(p("CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI")).extracting(BodyName::key, BodyName::unitName)
                .containsExactly("cac-to-chuc-chinh-tri-xa-hoi", null);
        assertThat(p("UBND các xã, thị trấn")).extracting(BodyName::key, BodyName::unitWord)
                .containsExactly("ubnd-cac-xa-thi-tran", null);
        assertThat(p("Chủ tịch Ủy ban nhân dân các xã, thị trấn").key()).isEqualTo("ubnd-cac-xa-thi-tran");
        assertThat(p("Thủ trưởng các phòng chuyên môn huyện").key()).isEqualTo("cac-phong-chuyen-mon");
        assertThat(p("Công chức Văn phòng - Thống kê xã").key()).isEqualTo("van-phong-thong-ke");
        assertThat(p("Công chức chuyên môn").key()).as("not an office holder here").isEqualTo("cong-chuc-chuyen-mon");
        assertThat(p("bộ phận Văn phòng UBND phường").key()).isEqualTo("vp-ubnd");
        assertThat(p("Bộ phận một cửa xã").key()).isEqualTo("bo-phan-mot-cua");
        assertThat(p("khối Dân vận của xã").key()).isEqualTo("khoi-dan-van");
        assertThat(p("Phòng Văn hóa và Thông tin")).extracting(BodyName::key, BodyName::scope)
                .containsExactly("phong-van-hoa-va-thong-tin", UnitScope.DISTRICT);
        assertThat(p("Ban Chỉ huy Quân sự huyện").key()).isEqualTo("ban-chi-huy-quan-su");
    }

    @Test
    void centralBodiesWithOrWithoutTheirTerm() {
        assertThat(p("Thủ tướng Chính phủ").key()).isEqualTo("ttg");
        assertThat(p("Chính phủ").key()).isEqualTo("cp");
        assertThat(p("Bộ Chính trị (khóa XI)").key()).isEqualTo("bct");
        assertThat(p("Ban Bí thư Trung ương Đảng (khóa XI)").key()).isEqualTo("bbt");
        assertThat(p("Ban chấp hành trung ương Đảng khóa XIII").key()).isEqualTo("bchtw");
        assertThat(p("ủy ban Thường vụ Quốc hội khóa 11").key()).isEqualTo("ubtvqh");
        assertThat(p("Quốc hội").key()).isEqualTo("qh");
        assertThat(p("Bộ Nội vụ").key()).isEqualTo("bnv");
        assertThat(p("Bộ Chính trị").kind()).isEqualTo(BodyName.Kind.CENTRAL);
    }

    @Test
    void peopleAndArchivesAreNoBodies() {
        assertThat(p("Lãnh đạo UBND xã").kind()).isEqualTo(BodyName.Kind.NOT_A_BODY);
        assertThat(p("Chủ tịch, các PCT UBND phường").kind()).isEqualTo(BodyName.Kind.NOT_A_BODY);
        assertThat(p("Chủ tịch, các Phó Chủ tịch").kind()).isEqualTo(BodyName.Kind.NOT_A_BODY);
        assertThat(p("Cán bộ, công chức xã").kind()).isEqualTo(BodyName.Kind.NOT_A_BODY);
        assertThat(p("Lưu").kind()).isEqualTo(BodyName.Kind.NOT_A_BODY);
        assertThat(p("Lưu: VT").kind()).isEqualTo(BodyName.Kind.NOT_A_BODY);
        assertThat(p("Lưu VP.").key()).isEqualTo("vp-ubnd");
        assertThat(p("- Lưu: VT, PNV;").key()).isEqualTo("pnv");
        assertThat(p("  ").kind()).isEqualTo(BodyName.Kind.NOT_A_BODY);
    }
}
