package vn.chinhdon.inspection;

import java.time.Clock;
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
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.NewDocument;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.FollowUpReminders;

/**
 * Dev mode's inspections, from seed 000: in March 2019 the Standing Committee of Long An ran 4 delegations on
 * the implementation of Resolution 4 (khóa XII) and the rules on exemplary responsibility; the shortcomings the
 * Secretariat's delegation named in July 2019 (formalism in reviews, slow dissemination, cell meetings heavy on
 * professional matters, little supervision of members' conduct) are their findings. Each went through the whole
 * procedure; their requirements became follow-up tasks of Long An's units, now in one of each state; the 4th
 * was archived late. Two of 2026 show work in progress in the merged province (Tây Ninh): a supervision being
 * verified, whose delegation head has an account ({@code doankt.tayninh}) and reads the target's members while
 * it runs, and an inspection on signs of violation past its time limit. Decision and notice numbers are
 * illustrative. Everything goes through the facades, as the people concerned.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "chinhdon.demo-data", havingValue = "true")
class InspectionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InspectionDemoData.class);
    static final String COMMISSION = "ubkt.tayninh";
    static final String STAFF = "vanphong.tayninh";
    static final String DELEGATE = "doankt.tayninh";
    static final String PASSWORD = "chinhdon2025";

    private final InspectionManagement inspections;
    private final DocumentRegister documents;
    private final FollowUpManagement followUps;
    private final FollowUpReminders reminders;
    private final MemberManagement members;
    private final UserManagement users;
    private final JdbcClient jdbc;
    private final Clock clock;

    InspectionDemoData(InspectionManagement inspections, DocumentRegister documents, FollowUpManagement followUps,
            FollowUpReminders reminders, MemberManagement members, UserManagement users, JdbcClient jdbc, Clock clock) {
        this.inspections = inspections;
        this.documents = documents;
        this.followUps = followUps;
        this.reminders = reminders;
        this.members = members;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from inspection").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from org_unit where code = 'T80'").query(Long.class).single() == 0
                || !users.exists(STAFF)) {
            return;
        }
        CurrentUser.runAsSystem(() -> {
            if (!users.exists(COMMISSION)) {
                users.create(new UserManagement.NewUser(COMMISSION, PASSWORD, "Ủy ban Kiểm tra Tỉnh ủy Tây Ninh", null,
                        List.of(new UserManagement.GrantRequest("INSPECTION_COMMISSION", "T80"))));
            }
        });
        List<MemberView> office = cell("T80-DUK-VPTU");
        List<MemberView> board = cell("T80-DUK-BTC");
        long[] tasks = new long[4];
        tasks[0] = march2019(1, "H794", "Đảng bộ thành phố Tân An", office.subList(0, 4), null,
                "Kiểm điểm, đánh giá, xếp loại còn chạy theo thành tích, nêu ưu điểm nhiều mà chưa mạnh dạn nhận thấy hạn chế",
                "Tổ chức kiểm điểm lại, làm rõ hạn chế, khuyết điểm của tập thể và cá nhân", LocalDate.of(2019, 4, 24));
        tasks[1] = march2019(2, "X27685", "Đảng bộ Phường 5", board.subList(0, 3), null,
                "Chất lượng sinh hoạt chi bộ chậm đổi mới, nội dung sinh hoạt nặng về chuyên môn, chưa quan tâm nhiều đến "
                        + "công tác xây dựng Đảng",
                "Xây dựng chuyên đề sinh hoạt chi bộ về công tác xây dựng Đảng, thực hiện từ quý III/2019",
                LocalDate.of(2019, 4, 25));
        tasks[2] = march2019(3, "T80-DUK", "Đảng bộ Khối các cơ quan tỉnh", List.of(office.get(4), board.get(3), board.get(4)),
                "Thường trực Tỉnh ủy chấp thuận tại cuộc họp ngày 25/02/2019: thành viên không công tác tại đơn vị được kiểm tra",
                "Việc giám sát tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên còn ít",
                "Ban hành và thực hiện kế hoạch giám sát thường xuyên việc tu dưỡng, rèn luyện của cán bộ, đảng viên",
                LocalDate.of(2019, 4, 26));
        tasks[3] = march2019(4, "X27694", "Đảng bộ Phường 1", office.subList(1, 5), null,
                "Quán triệt, triển khai Nghị quyết Trung ương 4 khóa XII và các quy định về nêu gương còn chậm, chưa sâu, kỹ",
                "Quán triệt lại Nghị quyết và các quy định nêu gương đến từng chi bộ, đảng viên", LocalDate.of(2019, 5, 17));
        users.runAs(STAFF, () -> {
            followUps.submit(tasks[0], "Các chi bộ đã kiểm điểm lại; biên bản từng chi bộ gửi kèm.", null);
            followUps.submit(tasks[1], "Đã xây dựng chuyên đề sinh hoạt quý III.", null);
            followUps.submit(tasks[2], "Kế hoạch giám sát số 15-KH/ĐUK đã ban hành và triển khai.", null);
        });
        users.runAs(COMMISSION, () -> {
            followUps.sendBack(tasks[1], "Chưa có biên bản sinh hoạt chuyên đề của các chi bộ; đề nghị bổ sung.", null);
            followUps.verify(tasks[2], "Đã kiểm tra kế hoạch và kết quả giám sát; đạt yêu cầu.", null);
        });
        running2026(board);
        overdue2026();
        // today's reminders and escalations at once (the daily run is at 6:05)
        CurrentUser.runAsSystem(() -> reminders.run(LocalDate.now(clock)));
        log.info("Inspection demo data created");
    }

    /** The members of a cell today, in Vietnamese order. */
    private List<MemberView> cell(String code) {
        Object[] out = new Object[1];
        CurrentUser.runAsSystem(() -> out[0] = members.search(code, null, null, 0, 50).items());
        @SuppressWarnings("unchecked")
        List<MemberView> list = (List<MemberView>) out[0];
        return list;
    }

    /**
     * One of the Standing Committee's 4 delegations of March 2019, through every step, with one requirement;
     * returns the follow-up task of the requirement.
     */
    private long march2019(int n, String target, String targetName, List<MemberView> delegation, String approval,
            String shortcoming, String requirement, LocalDate archivedOn) {
        long[] task = new long[1];
        users.runAs(STAFF, () -> {
            long decision = documents.register(new NewDocument((150 + n) + "-QĐ/TU", "T80", LocalDate.of(2019, 2, 28),
                    "Quyết định thành lập Đoàn kiểm tra số " + n + " của Ban Thường vụ Tỉnh ủy kiểm tra việc thực hiện "
                            + "Nghị quyết Trung ương 4 khóa XII gắn với các quy định nêu gương tại " + targetName,
                    "Phạm Văn Rạnh", null, false, List.of())).id();
            long notice = documents.register(new NewDocument((205 + n) + "-TB/TU", "T80", LocalDate.of(2019, 4, 10),
                    "Thông báo kết luận của Ban Thường vụ Tỉnh ủy về kết quả kiểm tra tại " + targetName,
                    "Phạm Văn Rạnh", null, false, List.of())).id();
            InspectionView v = inspections.propose(new NewInspection("T80", "COMMITTEE", "THEMATIC_INSPECTION",
                    "Kiểm tra việc thực hiện Nghị quyết Trung ương 4 khóa XII gắn với các quy định nêu gương tại " + targetName,
                    null, LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31),
                    "Đoàn kiểm tra số " + n + ": làm việc với ban thường vụ, kiểm tra hồ sơ, làm việc với một số chi bộ",
                    List.of(target), List.of(), List.of(), LocalDate.of(2019, 2, 20)));
            long id = v.id();
            for (int i = 0; i < delegation.size(); i++) {
                DelegateRole role = i == 0 ? DelegateRole.HEAD : i == delegation.size() - 1 ? DelegateRole.SECRETARY
                        : DelegateRole.MEMBER;
                v = inspections.addDelegate(id, new NewDelegate(delegation.get(i).id(), role.name(), null, approval), null);
            }
            step(id, "DECIDED", LocalDate.of(2019, 3, 1), null, decision, null);
            step(id, "KICKED_OFF", LocalDate.of(2019, 3, 5), "Công bố quyết định tại " + targetName, null, null);
            inspections.addDiaryEntry(id, LocalDate.of(2019, 3, 5), "Họp đoàn, phân công thành viên; công bố quyết định "
                    + "và kế hoạch kiểm tra với ban thường vụ " + targetName + ".");
            step(id, "SELF_REPORT_SUBMITTED", LocalDate.of(2019, 3, 12), null, null,
                    "Báo cáo tự kiểm tra việc thực hiện Nghị quyết Trung ương 4 khóa XII và các quy định nêu gương, "
                            + "giai đoạn 2017–2018.");
            step(id, "VERIFYING", LocalDate.of(2019, 3, 14), null, null, null);
            inspections.addDiaryEntry(id, LocalDate.of(2019, 3, 19), "Làm việc với 2 chi bộ trực thuộc; kiểm tra sổ "
                    + "biên bản sinh hoạt và hồ sơ kiểm điểm cuối năm 2018.");
            long targetId = v.targets().get(0).id();
            inspections.addFinding(id, new NewFinding(targetId, "STRENGTH", "Cấp ủy quan tâm công tác xây dựng Đảng; "
                    + "việc thực hiện Nghị quyết được thống nhất cao trong nội bộ.", null, null, null, null, null));
            inspections.addFinding(id, new NewFinding(targetId, "SHORTCOMING", shortcoming, "SUBJECTIVE",
                    "Cấp ủy chưa sâu sát, chưa thường xuyên kiểm tra, đôn đốc", "COLLECTIVE", null, null));
            step(id, "DRAFT_REPORT", LocalDate.of(2019, 3, 25), null, null, "Dự thảo báo cáo kết quả kiểm tra; đã trao "
                    + "đổi với " + targetName + ".");
            if (n == 2) {
                inspections.recommend(id, new NewRecommendation(targetId, "T80", "Đề nghị Tỉnh ủy ban hành hướng dẫn "
                        + "chuyên đề sinh hoạt chi bộ khu phố.", LocalDate.of(2019, 3, 26)));
            }
            v = inspections.conclude(id, new Conclusion(notice, "Ban Thường vụ Tỉnh ủy kết luận: " + targetName
                    + " thực hiện nghiêm túc Nghị quyết; còn hạn chế cần khắc phục.", LocalDate.of(2019, 4, 10),
                    List.of(new Conclusion.Requirement(targetId, requirement, null, 60))), null);
            task[0] = v.requirements().get(0).followUpId();
            step(id, "FOLLOW_UP", LocalDate.of(2019, 4, 15), "Giao thông báo kết luận cho " + targetName, null, null);
            step(id, "ARCHIVED", archivedOn, null, null, null);
        });
        return task[0];
    }

    /** A supervision of 2026 by the commission of the merged province, now being verified. */
    private void running2026(List<MemberView> board) {
        CurrentUser.runAsSystem(() -> {
            if (!users.exists(DELEGATE)) {
                users.create(new UserManagement.NewUser(DELEGATE, PASSWORD, board.get(0).fullName() + " (trưởng đoàn giám sát)",
                        board.get(0).id(), List.of(new UserManagement.GrantRequest("MEMBER", "T80-DUK-BTC"))));
            }
        });
        users.runAs(COMMISSION, () -> {
            long decision = documents.register(new NewDocument("15-QĐ/UBKTTU", "T80", LocalDate.of(2026, 11, 2),
                    "Quyết định giám sát chuyên đề đối với Ban Thường vụ Đảng ủy phường Long An về thực hiện trách nhiệm "
                            + "nêu gương", "Ủy ban Kiểm tra Tỉnh ủy", null, false, List.of())).id();
            InspectionView v = inspections.propose(new NewInspection("T80", "COMMISSION", "THEMATIC_SUPERVISION",
                    "Giám sát chuyên đề việc thực hiện trách nhiệm nêu gương của cán bộ, đảng viên tại Đảng bộ phường Long An",
                    null, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 9, 30),
                    "Giám sát qua báo cáo, hồ sơ và làm việc với một số chi bộ khu phố", List.of("X27694"), List.of(),
                    List.of(), LocalDate.of(2026, 10, 20)));
            long id = v.id();
            String[] roles = {"HEAD", "DEPUTY", "MEMBER", "SECRETARY"};
            for (int i = 0; i < roles.length; i++) {
                inspections.addDelegate(id, new NewDelegate(board.get(i).id(), roles[i], null, null), null);
            }
            step(id, "DECIDED", LocalDate.of(2026, 11, 2), null, decision, null);
            step(id, "KICKED_OFF", LocalDate.of(2026, 11, 9), "Công bố quyết định giám sát", null, null);
        });
        users.runAs(DELEGATE, () -> {
            long id = jdbc.sql("select max(id) from inspection").query(Long.class).single();
            inspections.addDiaryEntry(id, LocalDate.of(2026, 11, 9), "Họp đoàn; gửi đề cương gợi ý báo cáo cho Ban "
                    + "Thường vụ Đảng ủy phường.");
            step(id, "SELF_REPORT_SUBMITTED", LocalDate.of(2026, 11, 23), null, null, "Báo cáo việc thực hiện trách nhiệm "
                    + "nêu gương từ ngày 01/7/2025 đến 30/9/2026 của Ban Thường vụ Đảng ủy phường Long An.");
            step(id, "VERIFYING", LocalDate.of(2026, 11, 30), null, null, null);
            inspections.addDiaryEntry(id, LocalDate.of(2026, 12, 2), "Làm việc với Chi bộ Khu phố 1: kiểm tra sổ biên "
                    + "bản sinh hoạt, bản đăng ký nêu gương của đảng viên.");
        });
    }

    /** An inspection on signs of violation of one member, past its time limit with the draft report pending. */
    private void overdue2026() {
        List<MemberView> ward = cell("X27694-CB01");
        List<MemberView> office = cell("T80-DUK-VPTU");
        users.runAs(COMMISSION, () -> {
            long decision = documents.register(new NewDocument("11-QĐ/UBKTTU", "T80", LocalDate.of(2026, 9, 10),
                    "Quyết định kiểm tra đảng viên khi có dấu hiệu vi phạm", "Ủy ban Kiểm tra Tỉnh ủy", null, false,
                    List.of())).id();
            InspectionView v = inspections.propose(new NewInspection("T80", "COMMISSION", "SIGNS_OF_VIOLATION",
                    "Kiểm tra khi có dấu hiệu vi phạm trong việc thực hiện quy định về những điều đảng viên không được làm",
                    null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 8, 31), null, List.of(),
                    List.of(ward.get(0).id()), List.of(), LocalDate.of(2026, 9, 4)));
            long id = v.id();
            String[] roles = {"HEAD", "MEMBER", "SECRETARY"};
            for (int i = 0; i < roles.length; i++) {
                inspections.addDelegate(id, new NewDelegate(office.get(i).id(), roles[i], null, null), null);
            }
            step(id, "DECIDED", LocalDate.of(2026, 9, 10), null, decision, null);
            step(id, "KICKED_OFF", LocalDate.of(2026, 9, 14), null, null, null);
            step(id, "SELF_REPORT_SUBMITTED", LocalDate.of(2026, 9, 28), null, null, "Bản tự kiểm điểm, giải trình của "
                    + "đảng viên về các nội dung đoàn kiểm tra yêu cầu.");
            step(id, "VERIFYING", LocalDate.of(2026, 10, 1), null, null, null);
            inspections.addFinding(id, new NewFinding(v.targets().get(0).id(), "VIOLATION", "Chưa kê khai đầy đủ việc "
                    + "tham gia góp vốn kinh doanh theo quy định.", "SUBJECTIVE", "Thiếu tự giác tu dưỡng, rèn luyện",
                    "INDIVIDUAL", null, List.of("G2.3")));
            step(id, "DRAFT_REPORT", LocalDate.of(2026, 11, 20), null, null, "Dự thảo báo cáo kết quả kiểm tra.");
        });
    }

    private void step(long id, String step, LocalDate on, String note, Long decision, String report) {
        inspections.advance(id, new InspectionManagement.StepInput(step, on, note, decision, null, report), null);
    }
}
