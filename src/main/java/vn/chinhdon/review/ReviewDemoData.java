package vn.chinhdon.review;

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
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.CurrentUser;

/**
 * Dev mode's reviews, from seed 004 (Thái Bình, 2012: the reviews of Resolution 4, khóa XI — collectives first,
 * individuals after, the collective's report completed with what they added, every piece of feedback verified
 * before use): the round of 2012 in phường Lê Hồng Phong, its two cells reviewed in order, one piece of feedback
 * substantiated and cited, one unfounded; and the year-end round of 2026 in the same ward (now in Hưng Yên),
 * under way — the first cell's collective and two of its members reviewed, its secretary (the head) waiting for
 * the last member, the second cell not started, feedback to verify and an explanation assigned — each review shown
 * beside the same member's review of 2012. Accounts: {@code tochuc.hungyen} (organization board of the province),
 * {@code bithu.tdp1} (secretary of Chi bộ tổ dân phố 1). Everything goes through the facades, as those people.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "chinhdon.demo-data", havingValue = "true")
class ReviewDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);
    static final String BOARD = "tochuc.hungyen";
    static final String SECRETARY = "bithu.tdp1";
    static final String PASSWORD = "chinhdon2025";
    static final String WARD = "X12433";

    private final ReviewManagement reviews;
    private final MemberManagement members;
    private final CommitteeManagement committees;
    private final UserManagement users;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewDemoData(ReviewManagement reviews, MemberManagement members, CommitteeManagement committees,
            UserManagement users, JdbcClient jdbc, Clock clock) {
        this.reviews = reviews;
        this.members = members;
        this.committees = committees;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from review_round").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from org_unit where code = ?").param(WARD).query(Long.class).single() == 0) {
            return;
        }
        List<MemberView> cell1 = cell(WARD + "-CB01");
        List<MemberView> cell2 = cell(WARD + "-CB02");
        // the members already in the cells in 2012 (a member belongs to the cell from admission)
        LocalDate end2012 = LocalDate.of(2012, 6, 30);
        List<MemberView> old1 = cell1.stream().filter(m -> !m.admissionDate().isAfter(end2012)).toList();
        List<MemberView> old2 = cell2.stream().filter(m -> !m.admissionDate().isAfter(end2012)).toList();
        MemberView head = old1.stream().filter(m -> m.admissionDate().isBefore(LocalDate.of(2010, 1, 1))).findFirst()
                .orElse(null);
        if (head == null || old1.size() < 3 || old2.isEmpty() || cell1.size() < 4) {
            return;
        }
        CurrentUser.runAsSystem(() -> {
            if (!users.exists(BOARD)) {
                users.create(new UserManagement.NewUser(BOARD, PASSWORD, "Ban Tổ chức Tỉnh ủy Hưng Yên", null,
                        List.of(new UserManagement.GrantRequest("ORGANIZATION_BOARD", "T33"))));
            }
            if (!users.exists(SECRETARY)) {
                users.create(new UserManagement.NewUser(SECRETARY, PASSWORD, head.fullName() + " (Bí thư chi bộ)",
                        head.id(), List.of(new UserManagement.GrantRequest("CELL_SECRETARY", WARD + "-CB01"))));
            }
            // the cell's secretary, the head of the cell in both terms
            var old = committees.openTerm(WARD + "-CB01", "2010–2015", LocalDate.of(2010, 1, 1), LocalDate.of(2015, 10, 1));
            committees.appoint(WARD + "-CB01", old.id(), head.id(), "SECRETARY", true, LocalDate.of(2010, 1, 1));
            var now = committees.openTerm(WARD + "-CB01", "2025–2030", LocalDate.of(2025, 10, 1), null);
            committees.appoint(WARD + "-CB01", now.id(), head.id(), "SECRETARY", true, LocalDate.of(2025, 10, 1));
        });
        round2012(old1, old2, head);
        round2026(cell1, head);
        log.info("Review demo data created");
    }

    private List<MemberView> cell(String code) {
        Object[] out = new Object[1];
        CurrentUser.runAsSystem(() -> out[0] = members.search(code, null, null, 0, 50).items());
        @SuppressWarnings("unchecked")
        List<MemberView> list = (List<MemberView>) out[0];
        return list;
    }

    /** The reviews of 2012 under Resolution 4 (khóa XI), from the cells up to the ward, in order. */
    private void round2012(List<MemberView> cell1, List<MemberView> cell2, MemberView head) {
        users.runAs(BOARD, () -> {
            RoundView round = reviews.open(new NewRound(WARD, "Kiểm điểm tự phê bình và phê bình theo Nghị quyết Trung "
                    + "ương 4 (khóa XI)", "AD_HOC", "NQTW4 khóa XI", LocalDate.of(2011, 1, 1), LocalDate.of(2012, 6, 30), 1,
                    LocalDate.of(2012, 9, 15), LocalDate.of(2012, 9, 30), LocalDate.of(2012, 6, 20)));
            long id = round.id();
            long c1 = review(id, WARD + "-CB01", null);
            long c2 = review(id, WARD + "-CB02", null);
            hold(c1, LocalDate.of(2012, 7, 10), "Báo cáo kiểm điểm của chi ủy theo 3 nội dung Nghị quyết Trung ương 4: "
                    + "sinh hoạt chi bộ còn hình thức, chưa thường xuyên tự phê bình và phê bình.", null, List.of());
            MemberView subject = cell1.stream().filter(m -> m.id() != head.id()).findFirst().orElseThrow();
            long s = review(id, WARD + "-CB01", subject.fullName());
            long founded = reviews.addFeedback(s, new NewFeedback("RESIDENCE_CELL", "Bà Nguyễn Thị Hòa, tổ trưởng tổ dân "
                    + "phố 1", "Đồng chí còn nể nang, ngại va chạm khi góp ý trong sinh hoạt chi bộ", List.of("G1.5"),
                    LocalDate.of(2012, 7, 2))).id();
            long unfounded = reviews.addFeedback(s, new NewFeedback("PEOPLE", "Một người dân trong tổ", "Đồng chí không "
                    + "tham gia lao động công ích của tổ", List.of(), LocalDate.of(2012, 7, 3))).id();
            reviews.verify(founded, "SUBSTANTIATED", "Đối chiếu biên bản sinh hoạt chi bộ 6 tháng đầu năm; trao đổi với "
                    + "chi ủy", LocalDate.of(2012, 7, 8), null);
            reviews.verify(unfounded, "UNFOUNDED", "Danh sách của tổ dân phố ghi đồng chí tham gia đủ 4/4 buổi",
                    LocalDate.of(2012, 7, 8), null);
            for (MemberView m : cell1) {
                if (m.id() != head.id()) {
                    long r = review(id, WARD + "-CB01", m.fullName());
                    hold(r, LocalDate.of(2012, 7, 12), "Bản tự kiểm điểm của đồng chí " + m.fullName() + " theo 3 nội dung "
                            + "Nghị quyết Trung ương 4 (khóa XI).", r == s ? "Đồng chí nhận khuyết điểm nể nang trong phê "
                            + "bình; cam kết thẳng thắn góp ý." : null, r == s ? List.of(founded) : List.of());
                }
            }
            hold(review(id, WARD + "-CB01", head.fullName()), LocalDate.of(2012, 7, 13), "Bản tự kiểm điểm của Bí thư chi "
                    + "bộ: chịu trách nhiệm người đứng đầu về chất lượng sinh hoạt chi bộ.", null, List.of());
            reviews.finalizeReport(c1, "Báo cáo kiểm điểm tập thể chi ủy đã hoàn chỉnh sau kiểm điểm cá nhân.",
                    "Bổ sung hạn chế do các đồng chí đảng viên nêu: nể nang trong phê bình; chậm đổi mới nội dung sinh hoạt.",
                    null);
            hold(c2, LocalDate.of(2012, 7, 11), "Báo cáo kiểm điểm của chi bộ tổ dân phố 2.", null, List.of());
            for (MemberView m : cell2) {
                hold(review(id, WARD + "-CB02", m.fullName()), LocalDate.of(2012, 7, 14), "Bản tự kiểm điểm của đồng chí "
                        + m.fullName() + ".", null, List.of());
            }
            reviews.finalizeReport(c2, "Báo cáo kiểm điểm tập thể chi bộ tổ dân phố 2 đã hoàn chỉnh.",
                    "Các đảng viên bổ sung: chưa gắn nội dung sinh hoạt với việc của tổ dân phố.", null);
            long ward = review(id, WARD, null);
            hold(ward, LocalDate.of(2012, 7, 25), "Báo cáo kiểm điểm của Ban Thường vụ Đảng ủy phường theo 3 nội dung "
                    + "Nghị quyết Trung ương 4 (khóa XI).", "Tập thể nhận rõ hạn chế; xây dựng kế hoạch khắc phục.", List.of());
            reviews.finalizeReport(ward, "Báo cáo kiểm điểm tập thể Đảng ủy phường đã hoàn chỉnh.",
                    "Tổng hợp ý kiến của hai chi bộ và các đảng viên.", null);
        });
    }

    /** The year-end round of 2026, under way. */
    private void round2026(List<MemberView> cell1, MemberView head) {
        LocalDate today = LocalDate.now(clock);
        LocalDate opened = today.minusDays(12);
        long[] ids = new long[3];
        users.runAs(BOARD, () -> {
            RoundView round = reviews.open(new NewRound(WARD, "Kiểm điểm, đánh giá, xếp loại năm " + today.getYear(),
                    "YEAR", String.valueOf(today.getYear()), LocalDate.of(today.getYear(), 1, 1),
                    LocalDate.of(today.getYear(), 12, 31), 1, today.plusDays(20), today.plusDays(30), opened));
            ids[0] = round.id();
            // the member whose feedback of 2012 was substantiated: this year's review shows that one beside it
            MemberView subject = cell1.stream().filter(m -> m.id() != head.id()
                    && !m.admissionDate().isAfter(LocalDate.of(2012, 6, 30))).findFirst().orElseThrow();
            ids[1] = review(ids[0], WARD + "-CB01", subject.fullName());
            ids[2] = subject.id();
            long founded = reviews.addFeedback(ids[1], new NewFeedback("SAME_LEVEL", "Đồng chí Trần Văn Lực, đảng viên chi "
                    + "bộ", "Đồng chí chưa hoàn thành việc đăng ký làm theo Chỉ thị 05 của năm", List.of("G1.4"),
                    opened.plusDays(2))).id();
            reviews.addFeedback(ids[1], new NewFeedback("PEOPLE", "Ông Phạm Văn Bình, tổ dân phố 1", "Đồng chí ít tham dự "
                    + "họp tổ dân phố", List.of(), opened.plusDays(3)));
            reviews.verify(founded, "SUBSTANTIATED", "Đối chiếu sổ đăng ký làm theo của chi bộ", opened.plusDays(4), null);
            reviews.assign(founded, "EXPLAIN", today.plusDays(10));
        });
        users.runAs(SECRETARY, () -> {
            hold(review(ids[0], WARD + "-CB01", null), opened.plusDays(5), "Báo cáo kiểm điểm của chi ủy năm "
                    + today.getYear() + ", so với kỳ trước: sinh hoạt đã đổi mới, còn hạn chế về theo dõi việc làm theo.",
                    null, List.of());
            for (MemberView m : cell1.stream().filter(m -> m.id() != head.id() && m.id() != ids[2]).toList()) {
                hold(review(ids[0], WARD + "-CB01", m.fullName()), opened.plusDays(7), "Bản tự kiểm điểm năm "
                        + today.getYear() + " của đồng chí " + m.fullName() + ".", null, List.of());
            }
        });
    }

    private long review(long round, String unitCode, String memberName) {
        return reviews.reviewsOf(round, unitCode).stream()
                .filter(l -> memberName == null ? l.collective() : memberName.equals(l.memberName()))
                .findFirst().orElseThrow().id();
    }

    private void hold(long review, LocalDate on, String report, String conclusion, List<Long> cited) {
        reviews.hold(review, new Session(on, 120, null, null, "Bí thư chi bộ", "Đại diện Đảng ủy phường", report,
                conclusion, cited, List.of()), null);
    }
}
