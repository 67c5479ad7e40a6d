package vn.chinhdon.remediation;

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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.CurrentUser;

/**
 * Dev mode's follow-up tasks, from seed 000: the Secretariat's delegation at Long An (19/7/2019) asked the
 * province to draw lessons and remedy the shortcomings it found; the province's 4 delegations of March 2019
 * inspected its committees. Their requirements become tasks of Long An's units, verified by the province
 * (an inspection-commission account, {@code ubkt.tayninh}): one still open, one submitted, one sent back,
 * one verified. The source references are illustrative until the inspection module records the
 * inspections themselves. Everything goes through the facade, as the people concerned.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "chinhdon.demo-data", havingValue = "true")
class RemediationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RemediationDemoData.class);
    static final String COMMISSION = "ubkt.tayninh";
    static final String STAFF = "vanphong.tayninh";

    private final FollowUpManagement followUps;
    private final FollowUpReminders reminders;
    private final UserManagement users;
    private final JdbcClient jdbc;
    private final Clock clock;

    RemediationDemoData(FollowUpManagement followUps, FollowUpReminders reminders, UserManagement users, JdbcClient jdbc,
            Clock clock) {
        this.followUps = followUps;
        this.reminders = reminders;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from follow_up").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from org_unit where code = 'T80'").query(Long.class).single() == 0
                || !users.exists(STAFF)) {
            return;
        }
        CurrentUser.runAsSystem(() -> {
            if (!users.exists(COMMISSION)) {
                users.create(new UserManagement.NewUser(COMMISSION, "chinhdon2025", "Ủy ban Kiểm tra Tỉnh ủy Tây Ninh",
                        null, List.of(new UserManagement.GrantRequest("INSPECTION_COMMISSION", "T80"))));
            }
            // the Secretariat's conclusion is the Central Committee's to verify
            followUps.open(new NewFollowUp(new Source(SourceKind.INSPECTION, 20190719L,
                    "Đoàn kiểm tra của Ban Bí thư (Trưởng đoàn: đồng chí Nguyễn Xuân Thắng) làm việc với Ban Thường vụ "
                            + "Tỉnh ủy Long An ngày 19/7/2019"), "T80", null, "TW",
                    "Tổng kết, bổ sung bài học kinh nghiệm về giáo dục chính trị tư tưởng; làm rõ nguyên nhân của những "
                            + "hạn chế, khuyết điểm, đề ra giải pháp khắc phục; cụ thể hóa công tác phân loại, kiểm điểm đảng viên",
                    LocalDate.of(2019, 12, 31), null, LocalDate.of(2019, 7, 19), null));
        });
        long submitted = open(1, "H794", "Đoàn kiểm tra số 1",
                "Kiểm điểm, đánh giá, xếp loại còn chạy theo thành tích, nêu ưu điểm nhiều: tổ chức kiểm điểm lại, làm rõ hạn chế của tập thể và cá nhân");
        long sentBack = open(2, "X27685", "Đoàn kiểm tra số 2",
                "Sinh hoạt chi bộ chậm đổi mới, nặng về chuyên môn: xây dựng chuyên đề sinh hoạt về công tác xây dựng Đảng");
        long verified = open(3, "T80-DUK", "Đoàn kiểm tra số 3",
                "Việc giám sát tu dưỡng, rèn luyện đạo đức của cán bộ, đảng viên còn ít: ban hành kế hoạch giám sát thường xuyên");
        open(4, "X27694", "Đoàn kiểm tra số 4",
                "Quán triệt Nghị quyết Trung ương 4 khóa XII và các quy định về nêu gương còn chậm, chưa sâu: quán triệt lại trong toàn đảng bộ");
        as(STAFF, () -> {
            followUps.submit(submitted, "Các chi bộ đã kiểm điểm lại; biên bản từng chi bộ gửi kèm.", null);
            followUps.submit(sentBack, "Đã xây dựng chuyên đề sinh hoạt quý III.", null);
            followUps.submit(verified, "Kế hoạch giám sát số 15-KH/ĐUK đã ban hành và triển khai.", null);
        });
        as(COMMISSION, () -> {
            followUps.sendBack(sentBack, "Chưa có biên bản sinh hoạt chuyên đề của các chi bộ; đề nghị bổ sung.", null);
            followUps.verify(verified, "Đã kiểm tra kế hoạch và kết quả giám sát; đạt yêu cầu.", null);
        });
        // today's reminders and escalations at once (the daily run is at 6:05)
        CurrentUser.runAsSystem(() -> reminders.run(LocalDate.now(clock)));
        log.info("Remediation demo data created");
    }

    /** A requirement of one of the province's March 2019 delegations, due 60 working days after 15/04/2019. */
    private long open(int delegation, String owner, String name, String description) {
        long[] id = new long[1];
        as(COMMISSION, () -> id[0] = followUps.open(new NewFollowUp(new Source(SourceKind.INSPECTION, 201903L * 10 + delegation,
                name + " của Ban Thường vụ Tỉnh ủy Long An (tháng 3/2019)"), owner, null, "T80", description, null, 60,
                LocalDate.of(2019, 4, 15), 5)).id());
        return id[0];
    }

    /** Runs the work as a demo account (so that the history names who did what). */
    private void as(String username, Runnable work) {
        Object[] user = new Object[1];
        CurrentUser.runAsSystem(() -> user[0] = users.loadUserByUsername(username));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user[0], null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
