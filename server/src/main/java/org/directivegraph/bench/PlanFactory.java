package org.directivegraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes the content of generated documents from a seeded {@link Random}: Central directives, and the plans a UBND
 * issues to implement the plan (or directive) of the level above, with tasks, responsibilities, indicators, reporting
 * obligations and citations. The defects of real plans come at the rates of {@link Defects}.
 */
final class PlanFactory {

    /** Rates of the defects of real plans. */
    record Defects(double blankNumber, double missingPlan, double replacedCitation) {
        /** The documented rates: 8% of plans printed without a number, 3% of district plans never published, 10% citing a replaced directive. */
        static final Defects DEFAULT = new Defects(0.08, 0.03, 0.10);
    }

    /** A task template: title, a sentence of body text, themes. */
    private record TaskTemplate(String title, String body, List<String> themes) {
    }

    private static final List<TaskTemplate> TASKS = List.of(
            new TaskTemplate("Tổ chức quán triệt, tuyên truyền các chủ trương, chính sách về công tác dân vận",
                    "Tổ chức quán triệt sâu rộng đến cán bộ, công chức và Nhân dân trên địa bàn.", List.of("dissemination", "awareness")),
            new TaskTemplate("Đẩy mạnh cải cách hành chính, chuyển đổi số trong cơ quan hành chính nhà nước",
                    "Rà soát, đơn giản hóa thủ tục hành chính, nâng cao chỉ số hài lòng của người dân.", List.of("admin-reform")),
            new TaskTemplate("Thực hiện tốt Quy chế dân chủ ở cơ sở",
                    "Công khai, minh bạch các nội dung Nhân dân được biết, được bàn, được quyết định.", List.of("grassroots-democracy")),
            new TaskTemplate("Thực hiện có hiệu quả công tác tiếp công dân, đối thoại, giải quyết khiếu nại, tố cáo",
                    "Tổ chức tiếp công dân định kỳ, đối thoại trực tiếp với Nhân dân.", List.of("citizen-dialogue")),
            new TaskTemplate("Nâng cao đạo đức công vụ, tinh thần trách nhiệm của cán bộ, công chức",
                    "Xây dựng đội ngũ cán bộ, công chức gần dân, trọng dân, có trách nhiệm với dân.", List.of("civil-service-ethics", "awareness")),
            new TaskTemplate("Phối hợp với Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
                    "Thực hiện nghiêm túc quy chế phối hợp giữa chính quyền với Mặt trận và các đoàn thể.", List.of("front-coordination")),
            new TaskTemplate("Đẩy mạnh phong trào thi đua \"Dân vận khéo\"",
                    "Biểu dương, khen thưởng các tập thể, cá nhân có mô hình dân vận khéo tiêu biểu.", List.of("emulation")),
            new TaskTemplate("Gắn công tác dân vận với thực hiện nhiệm vụ phát triển kinh tế - xã hội",
                    "Vận động Nhân dân tham gia xây dựng nông thôn mới, đô thị văn minh.", List.of("socio-economic")),
            new TaskTemplate("Tăng cường kiểm tra, giám sát việc thực hiện công tác dân vận",
                    "Kiểm tra định kỳ và đột xuất việc thực hiện công tác dân vận ở các cơ quan, đơn vị.", List.of("inspection")));

    private static final String[][] INDICATORS = {
        {"cán bộ, công chức", "được quán triệt các văn bản về công tác dân vận"},
        {"thủ tục hành chính", "được tiếp nhận và giải quyết đúng hạn"},
        {"đơn thư khiếu nại, tố cáo", "được xem xét, giải quyết theo quy định"},
        {"cơ quan, đơn vị", "xây dựng kế hoạch thực hiện công tác dân vận"},
        {"hồ sơ", "được tiếp nhận trực tuyến"}};

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Quang", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan", "Long", "Nam", "Phương", "Sơn", "Thắng", "Tuấn"};

    private final Random random;
    private final Defects defects;

    PlanFactory(Random random, Defects defects) {
        this.random = random;
        this.defects = defects;
    }

    /** The i-th Central directive (a fictitious Chỉ thị of the Thủ tướng, numbered from 101). */
    Plan directive(int i, int year) {
        LocalDate date = LocalDate.of(year - 1, 1 + random.nextInt(12), 1 + random.nextInt(28));
        TaskTemplate t = TASKS.get(i % TASKS.size());
        List<Plan.Task> tasks = tasks(4 + random.nextInt(4), i);
        return new Plan("VN", "Chính phủ", "Hà Nội", "central", "ttg", "ct", "Chỉ thị", "CT-TTg", String.valueOf(101 + i),
                date, t.title(), year - 1, null, List.of(), tasks, List.of(), List.of(), List.of(),
                name(), false);
    }

    /** The plan of a UBND of {@code unit} for {@code year} implementing {@code upstream} (with a reference to the directive). */
    Plan plan(AdminUnits.Unit unit, AdminUnits.Unit parentUnit, int year, int number, Plan.Reference upstream,
              Plan.Reference directive, Plan.Reference replaced) {
        LocalDate date = upstream.date().getYear() < year ? LocalDate.of(year, 1, 3 + random.nextInt(20))
                : upstream.date().plusDays(3 + random.nextInt(18));
        boolean blank = random.nextDouble() < defects.blankNumber();
        boolean missing = unit.level().equals("district") && random.nextDouble() < defects.missingPlan();
        List<Plan.Reference> citations = new ArrayList<>();
        if (directive != null && directive != upstream) {
            citations.add(directive);
        }
        if (replaced != null && random.nextDouble() < defects.replacedCitation()) {
            citations.add(replaced);
        }
        int taskOffset = random.nextInt(TASKS.size());
        String title = "Thực hiện công tác dân vận chính quyền năm " + year + " trên địa bàn " + lower(unit.name());
        String parentName = parentUnit == null ? null : parentUnit.typeWord().toLowerCase(java.util.Locale.ROOT) + " " + parentUnit.shortName();
        return new Plan(unit.code(), unit.name(), unit.shortName(), unit.level(), "ubnd", "kh", "Kế hoạch", "KH-UBND",
                blank ? null : String.valueOf(number), date, title, year, upstream, citations,
                tasks(3 + random.nextInt(5), taskOffset), responsibilities(unit), indicators(year),
                obligations(unit, parentUnit, parentName, year), name(), missing);
    }

    /** How a plan is cited by the plans below it: with number and date, or by issuer alone when it has no number. */
    static Plan.Reference referenceTo(Plan p, String iri, String issuerText) {
        return new Plan.Reference(iri, p.typeWord(), p.typeCode(), p.number(), p.symbol(), p.date(), issuerText, p.title());
    }

    private List<Plan.Task> tasks(int n, int offset) {
        List<Plan.Task> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TaskTemplate t = TASKS.get((offset + i) % TASKS.size());
            out.add(new Plan.Task(t.title(), t.body(), t.themes()));
        }
        return out;
    }

    private List<Plan.Responsibility> responsibilities(AdminUnits.Unit unit) {
        String where = unit.typeWord().toLowerCase(java.util.Locale.ROOT);
        List<Plan.Responsibility> out = new ArrayList<>();
        boolean commune = unit.level().equals("commune");
        out.add(new Plan.Responsibility(commune ? "Văn phòng - Thống kê " + where : "Phòng Nội vụ " + where, unit.code(),
                commune ? "van-phong-thong-ke" : (unit.level().equals("province") ? "snv" : "pnv"), List.of("lead", "advise"),
                "Chủ trì, tham mưu Ủy ban nhân dân triển khai thực hiện Kế hoạch này; theo dõi, đôn đốc, tổng hợp kết quả."));
        out.add(new Plan.Responsibility("Ủy ban Mặt trận Tổ quốc Việt Nam " + where, unit.code(), "mttq", List.of("coordinate"),
                "Phối hợp tuyên truyền, vận động Nhân dân thực hiện các nội dung của Kế hoạch."));
        if (random.nextBoolean()) {
            out.add(new Plan.Responsibility("Thanh tra " + where, unit.code(), "thanh-tra", List.of("inspect"),
                    "Kiểm tra việc thực hiện công tác tiếp công dân, giải quyết khiếu nại, tố cáo."));
        }
        out.add(new Plan.Responsibility("Các ban, ngành, đoàn thể " + where, unit.code(), "cac-ban-nganh-doan-the", List.of("implement"),
                "Căn cứ chức năng, nhiệm vụ chủ động triển khai thực hiện Kế hoạch này."));
        return out;
    }

    private List<Plan.Indicator> indicators(int year) {
        List<Plan.Indicator> out = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String[] ind = INDICATORS[(i + random.nextInt(INDICATORS.length)) % INDICATORS.length];
            out.add(new Plan.Indicator(i == 0 ? 100 : 80 + random.nextInt(21), ind[0], ind[1] + " trong năm " + year));
        }
        return out;
    }

    private List<Plan.Obligation> obligations(AdminUnits.Unit unit, AdminUnits.Unit parentUnit, String parentName, int year) {
        List<Plan.Obligation> out = new ArrayList<>();
        String upUnit = parentUnit == null ? unit.code() : parentUnit.code();
        String upText = parentUnit == null ? "Bộ Nội vụ" : "Ủy ban nhân dân " + parentName;
        String upKey = parentUnit == null ? "bnv" : "ubnd";
        if (parentUnit == null) {
            upUnit = "VN";
        }
        out.add(new Plan.Obligation("báo cáo kết quả thực hiện công tác dân vận 6 tháng đầu năm", upText, upUnit, upKey,
                LocalDate.of(year, 6, 10 + random.nextInt(10))));
        out.add(new Plan.Obligation("báo cáo kết quả thực hiện công tác dân vận năm " + year, upText, upUnit, upKey,
                LocalDate.of(year, 11, 15 + random.nextInt(10))));
        return out;
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
