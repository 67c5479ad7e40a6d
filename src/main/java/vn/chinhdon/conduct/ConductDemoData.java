package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.remediation.FollowUpManagement;

/**
 * Dev mode's conduct records, from seed 003: on 22/02/2019 the Standing Committee of the district of Giang Thành
 * (H914, Kiên Giang, as it stood before the 2025 reform) reviewed two years of Resolution 4 (khóa XII) and named 5
 * expressions of degradation still present, each recorded here under the closest catalogue code(s); its remedy plan
 * for 2019, accepted by the province's inspection commission, whose items are follow-up tasks; and the commitments of
 * the members of Chi bộ ấp Trà Phô (X30799-CB01), which the cell's secretary recorded on their behalf (the demo
 * members have no accounts), some checked at the year-end review. The plan's date and items, the commitments' actions
 * and the outcomes are illustrative. The province's office records the district's history (the district ended on
 * 1 July 2025). Everything goes through the facades, as the people concerned.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "chinhdon.demo-data", havingValue = "true")
class ConductDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConductDemoData.class);
    static final String OFFICE = "vanphong.angiang";
    static final String COMMISSION = "ubkt.angiang";
    static final String SECRETARY = "bithu.trapho";
    static final String PASSWORD = "chinhdon2025";
    static final String DISTRICT = "H914";
    static final String CELL = "X30799-CB01";
    static final LocalDate REVIEWED = LocalDate.of(2019, 2, 22);

    private final ConductManagement conduct;
    private final CommitmentManagement commitments;
    private final FollowUpManagement followUps;
    private final MemberManagement members;
    private final UserManagement users;
    private final JdbcClient jdbc;

    ConductDemoData(ConductManagement conduct, CommitmentManagement commitments, FollowUpManagement followUps,
            MemberManagement members, UserManagement users, JdbcClient jdbc) {
        this.conduct = conduct;
        this.commitments = commitments;
        this.followUps = followUps;
        this.members = members;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from conduct_expression").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from org_unit where code = ?").param(DISTRICT).query(Long.class).single() == 0
                || !users.exists(COMMISSION) || !users.exists(SECRETARY)) {
            return;
        }
        CurrentUser.runAsSystem(() -> {
            if (!users.exists(OFFICE)) {
                users.create(new UserManagement.NewUser(OFFICE, PASSWORD, "Văn phòng Tỉnh ủy An Giang", null,
                        List.of(new UserManagement.GrantRequest("COMMITTEE_STAFF", "T91"))));
            }
        });
        identified();
        plan();
        commitments();
        log.info("Conduct demo data created");
    }

    /** The 5 expressions named at the district's review of 22/02/2019, in the article's words. */
    private void identified() {
        String source = "Hội nghị sơ kết 02 năm thực hiện Nghị quyết Trung ương 4 khóa XII";
        String reference = "Bài viết „Quyết tâm khắc phục và ngăn chặn phát sinh các biểu hiện suy thoái“, Cổng thông "
                + "tin điện tử huyện Giang Thành, 08/03/2019";
        String by = "Ban Thường vụ Huyện ủy Giang Thành";
        String evidence = "Báo cáo sơ kết 02 năm thực hiện Nghị quyết Trung ương 4 khóa XII của Ban Thường vụ Huyện ủy: "
                + "nguyên nhân cơ bản là cấp ủy và người đứng đầu cấp ủy chưa quyết liệt trong chỉ đạo, đề ra giải pháp cụ "
                + "thể khắc phục các biểu hiện suy thoái đã được chỉ ra.";
        users.runAs(OFFICE, () -> {
            identify(List.of("G1.3"), "Chưa tích cực nghiên cứu, học tập lý luận, chủ trương, đường lối, nghị quyết của "
                    + "Đảng, chính sách, pháp luật của Nhà nước.", evidence, source, reference, by);
            identify(List.of("G1.4"), "Còn một số cán bộ, đảng viên chưa gương mẫu trong công tác, tinh thần trách nhiệm, "
                    + "tính tự giác chưa cao, đùn đẩy trách nhiệm, thiếu quyết liệt thực hiện nhiệm vụ.", evidence, source,
                    reference, by);
            identify(List.of("G1.5", "G1.6"), "Trong tự phê bình và phê bình thì nể nang, né tránh, ngại va chạm; nói không "
                    + "đi đôi với làm, hứa nhiều làm ít.", evidence, source, reference, by);
            identify(List.of("G2.5"), "Lề lối tác phong của một số cán bộ chưa chuẩn mực, thiếu gương mẫu trong công tác, sinh "
                    + "hoạt, không sâu sát cơ sở, thiếu kiểm tra, đôn đốc, không nắm chắc tình hình địa phương, cơ quan, đơn "
                    + "vị; thiếu trách nhiệm trước những khó khăn, bức xúc và đòi hỏi chính đáng của nhân dân.", evidence,
                    source, reference, by);
            identify(List.of("G2.9"), "Một số cán bộ, đảng viên thiếu tu dưỡng rèn luyện đạo đức phải xử lý kỷ luật.",
                    evidence, source, reference, by);
        });
    }

    private void identify(List<String> codes, String wording, String evidence, String source, String reference,
            String by) {
        conduct.identify(new NewExpression(DISTRICT, 2019, codes, wording, evidence, source, reference, REVIEWED, by));
    }

    /**
     * The district committee's plan for 2019, after the review's conclusions (yearly plans of committees and heads,
     * a commitment of every member with their cell, the planning review), accepted by the province's commission.
     */
    private void plan() {
        long[] id = new long[1];
        users.runAs(OFFICE, () -> id[0] = conduct.record(new NewRemedyPlan(DISTRICT, null, 2019,
                "Kế hoạch khắc phục các biểu hiện suy thoái năm 2019 của Ban Thường vụ Huyện ủy Giang Thành",
                LocalDate.of(2019, 3, 12), null, List.of(
                        new NewRemedyPlan.Item("Tăng cường giáo dục chính trị, tư tưởng; tổ chức cho cán bộ, đảng viên "
                                + "nghiên cứu, học tập lý luận, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước.",
                                List.of("G1.3"), LocalDate.of(2019, 9, 30)),
                        new NewRemedyPlan.Item("Thường xuyên tự phê bình và phê bình trong sinh hoạt Đảng; từng cán bộ, "
                                + "đảng viên tự giác nhận hạn chế, khuyết điểm và có bản cam kết với chi bộ.",
                                List.of("G1.5", "G1.6"), LocalDate.of(2019, 6, 30)),
                        new NewRemedyPlan.Item("Đẩy mạnh kiểm tra, giám sát việc thực hiện chức trách, nhiệm vụ và việc tu "
                                + "dưỡng, rèn luyện đạo đức của cán bộ, đảng viên.", List.of("G1.4", "G2.9"),
                                LocalDate.of(2019, 12, 31)),
                        new NewRemedyPlan.Item("Cán bộ sâu sát cơ sở, nắm chắc tình hình địa phương, giải quyết kịp thời "
                                + "khó khăn, bức xúc và đòi hỏi chính đáng của nhân dân.", List.of("G2.5"),
                                LocalDate.of(2019, 12, 31)),
                        new NewRemedyPlan.Item("Rà soát quy hoạch cán bộ căn cứ kết quả kiểm điểm, đánh giá năm 2018; không "
                                + "đưa vào quy hoạch đảng viên có biểu hiện suy thoái, vi phạm đạo đức, lối sống.",
                                List.of("G1.4", "G2.9"), LocalDate.of(2019, 6, 30))))).id());
        RemedyPlanView[] accepted = new RemedyPlanView[1];
        users.runAs(COMMISSION, () -> accepted[0] = conduct.accept(id[0], LocalDate.of(2019, 3, 20), null));
        List<RemedyPlanView.Item> items = accepted[0].items();
        users.runAs(OFFICE, () -> {
            followUps.submit(items.get(0).followUpId(), "Đã tổ chức học tập chuyên đề lý luận và nghị quyết cho 100% "
                    + "chi bộ trong quý III/2019; danh sách tham dự gửi kèm.", null);
            followUps.submit(items.get(1).followUpId(), "Các chi bộ đã sinh hoạt chuyên đề tự phê bình và phê bình; đảng "
                    + "viên ký bản cam kết với chi bộ.", null);
            followUps.submit(items.get(4).followUpId(), "Đã rà soát quy hoạch cán bộ nhiệm kỳ 2020–2025.", null);
        });
        users.runAs(COMMISSION, () -> {
            followUps.verify(items.get(0).followUpId(), "Đã kiểm tra hồ sơ học tập; đạt yêu cầu.", null);
            followUps.verify(items.get(4).followUpId(), "Đã kiểm tra kết quả rà soát quy hoạch.", null);
        });
    }

    /**
     * Chi bộ ấp Trà Phô: the secretary records the members' commitments on their behalf in March 2019, all but the last
     * two; at the year-end review (20/12/2019) four are checked.
     */
    private void commitments() {
        LocalDate signed = LocalDate.of(2019, 3, 25);
        List<MemberView> cell = cell(signed);
        String[][] pool = {
                {"G1.3", "Tham gia đầy đủ các buổi học tập nghị quyết, chuyên đề của chi bộ",
                        "Tự nghiên cứu ít nhất một tài liệu lý luận mỗi quý"},
                {"G1.5", "Thẳng thắn góp ý đồng chí trong sinh hoạt chi bộ, không nể nang, né tránh",
                        "Tự giác nhận khuyết điểm và sửa chữa"},
                {"G1.6", "Làm đúng những việc đã hứa với nhân dân trong ấp",
                        "Báo cáo kết quả việc đã đăng ký tại sinh hoạt chi bộ hằng tháng"},
                {"G1.4", "Gương mẫu thực hiện nhiệm vụ được phân công, không đùn đẩy trách nhiệm",
                        "Tham gia đầy đủ sinh hoạt chi bộ"},
                {"G2.5", "Thường xuyên đến các hộ được phân công theo dõi, nắm tình hình, phản ánh kịp thời với chi bộ",
                        "Giúp đỡ hộ khó khăn trong ấp"}};
        int n = Math.max(0, cell.size() - 2);
        long[] ids = new long[n];
        users.runAs(SECRETARY, () -> {
            for (int i = 0; i < n; i++) {
                String[] a = pool[i % pool.length];
                String[] b = pool[(i + 2) % pool.length];
                ids[i] = commitments.record(new NewCommitment(cell.get(i).id(), CELL, 2019, List.of(a[0], b[0]),
                        List.of(a[1], a[2], b[1]), signed.plusDays(i % 3), LocalDate.of(2019, 12, 31))).id();
            }
        });
        LocalDate review = LocalDate.of(2019, 12, 20);
        users.runAs(SECRETARY, () -> {
            if (n > 0) {
                commitments.check(ids[0], CommitmentOutcome.KEPT, "Thực hiện đầy đủ các việc đã cam kết.", review, null);
            }
            if (n > 1) {
                commitments.check(ids[1], CommitmentOutcome.KEPT, null, review, null);
            }
            if (n > 2) {
                commitments.check(ids[2], CommitmentOutcome.PARTLY, "Tham gia học tập đầy đủ; chưa báo cáo kết quả việc "
                        + "đã đăng ký hằng tháng.", review, null);
            }
            if (n > 3) {
                commitments.check(ids[3], CommitmentOutcome.NOT_KEPT, "Vắng sinh hoạt chi bộ 4 lần không lý do; chưa "
                        + "khắc phục việc đùn đẩy nhiệm vụ.", review, null);
            }
        });
    }

    /** The members of Chi bộ ấp Trà Phô on the date, in Vietnamese order. */
    private List<MemberView> cell(LocalDate on) {
        Object[] out = new Object[1];
        CurrentUser.runAsSystem(() -> out[0] = members.search(CELL, null, on, 0, 50).items());
        @SuppressWarnings("unchecked")
        List<MemberView> list = (List<MemberView>) out[0];
        return list.stream().filter(m -> m.unitCode().equals(CELL)).toList();
    }
}
