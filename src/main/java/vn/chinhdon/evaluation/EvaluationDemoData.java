package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.conduct.CommitmentManagement;
import vn.chinhdon.conduct.CommitmentOutcome;
import vn.chinhdon.conduct.NewCommitment;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.NewFollowUp;
import vn.chinhdon.remediation.Source;
import vn.chinhdon.remediation.SourceKind;

/**
 * Dev mode's rating seasons in Nghệ An (the demo): phường Trường Vinh (merged from Hưng Dũng and Hưng Phúc in
 * July 2025) rated for 2025 from start to end under 366-QĐ/TW — cells first, members, the cells' levels after their
 * members, the heads after their cells, the ward decided by the province — with a shortcoming named at a decision
 * becoming a follow-up task that is now late; then the 2026 season of the whole province under way: the quota of Hoàn
 * thành xuất sắc used to the full in the ward and one more proposed beyond it, a proposal flagged by the late task and
 * another by a commitment not kept (both waiting for the decider to answer), the member of account
 * {@code dangvien.hungdung} still to assess himself, and xã Diễn Lâm not started. Accounts: {@code tochuc.nghean}
 * (organization board of the province), {@code vanphong.truongvinh} (office of the ward's committee, which decides
 * its members' levels). Everything goes through the facades, as those people.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "chinhdon.demo-data", havingValue = "true")
class EvaluationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);
    static final String BOARD = "tochuc.nghean";
    static final String WARD_STAFF = "vanphong.truongvinh";
    static final String PASSWORD = "chinhdon2025";
    static final String WARD = "X16690";
    static final String MEMBER_ACCOUNT = "dangvien.hungdung";

    private final EvaluationManagement evaluations;
    private final EvaluationQueries queries;
    private final FollowUpManagement followUps;
    private final CommitmentManagement commitments;
    private final UserManagement users;
    private final JdbcClient jdbc;
    private final Clock clock;

    EvaluationDemoData(EvaluationManagement evaluations, EvaluationQueries queries, FollowUpManagement followUps,
            CommitmentManagement commitments, UserManagement users, JdbcClient jdbc, Clock clock) {
        this.evaluations = evaluations;
        this.queries = queries;
        this.followUps = followUps;
        this.commitments = commitments;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from evaluation_season").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from org_unit where code = ?").param(WARD).query(Long.class).single() == 0
                || !users.exists(BOARD)) {
            return;
        }
        CurrentUser.runAsSystem(() -> {
            if (!users.exists(WARD_STAFF)) {
                users.create(new UserManagement.NewUser(WARD_STAFF, PASSWORD, "Văn phòng Đảng ủy phường Trường Vinh",
                        null, List.of(new UserManagement.GrantRequest("COMMITTEE_STAFF", WARD))));
            }
        });
        LocalDate today = LocalDate.now(clock);
        long[] ids = new long[2];
        users.runAs(BOARD, () -> ids[0] = evaluations.open(new NewSeason(WARD,
                "Đánh giá, xếp loại chất lượng năm 2025 — Đảng bộ phường Trường Vinh", 2025, null,
                LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 15), null)).id());
        Long named = season2025(ids[0]);
        if (named != null) {
            users.runAs(BOARD, () -> followUps.open(new NewFollowUp(new Source(SourceKind.EVALUATION, named,
                    "Xếp loại năm 2025"), cellOf(named), memberOf(named), WARD,
                    "Khắc phục hạn chế nêu khi xếp loại năm 2025: chưa tham gia đầy đủ sinh hoạt chi bộ, chưa hoàn "
                            + "thành chỉ tiêu vận động đoàn viên vào Đảng.",
                    LocalDate.of(2026, 6, 30), null, LocalDate.of(2026, 1, 12), null)));
        }
        if (today.getYear() >= 2026) {
            users.runAs(BOARD, () -> ids[1] = evaluations.open(new NewSeason("T40",
                    "Đánh giá, xếp loại chất lượng năm " + today.getYear() + " — Đảng bộ tỉnh Nghệ An", today.getYear(),
                    null, today.minusDays(20), today.plusDays(30), null)).id());
            seasonUnderWay(ids[1], named == null ? null : memberOf(named), today);
        }
        log.info("Demo rating seasons {} (phường Trường Vinh, 2025) and {} (Nghệ An, under way)", ids[0], ids[1]);
    }

    /** 2025, start to end; returns the rating whose decision named a shortcoming. */
    private Long season2025(long season) {
        LocalDate self = LocalDate.of(2025, 12, 5);
        LocalDate proposal = LocalDate.of(2025, 12, 15);
        LocalDate decision = LocalDate.of(2025, 12, 22);
        List<RatingLine> all = lines(season);
        List<RatingLine> members = all.stream().filter(l -> l.memberId() != null).toList();
        selfAssessCollectives(all, self);
        users.runAs(BOARD, () -> all.stream().filter(c -> c.memberId() == null && c.unitCode().equals(WARD))
                .forEach(c -> evaluations.selfAssess(c.id(), cmd("GOOD", 88,
                        "Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ phường năm 2025.", self))));
        users.runAs(BOARD, () -> {
            for (RatingLine m : members) {
                evaluations.selfAssess(m.id(), cmd("GOOD", 85, "Bản tự kiểm điểm năm 2025 (Mẫu 2A).", self));
            }
        });
        // the levels: a few Hoàn thành, a sixth Hoàn thành xuất sắc within the quota, the rest Hoàn thành tốt
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            levels.add(i % 9 == 4 ? Level.COMPLETED : Level.GOOD);
        }
        long good = levels.stream().filter(l -> l == Level.GOOD).count();
        long excellent = good / 6; // at most 20% of those left Hoàn thành tốt
        for (int i = 0, n = 0; i < members.size() && n < excellent; i += 6, n++) {
            levels.set(i, Level.EXCELLENT);
        }
        Long own = ownMember();
        Long named = members.stream().skip(4).filter(m -> !m.head() && !m.memberId().equals(own))
                .filter(m -> levels.get(members.indexOf(m)) == Level.GOOD).map(RatingLine::id).findFirst()
                .orElse(null);
        users.runAs(BOARD, () -> {
            for (int i = 0; i < members.size(); i++) {
                evaluations.propose(members.get(i).id(), cmd(levels.get(i).name(), score(levels.get(i)),
                        "Thẩm định của Ban Tổ chức Đảng ủy phường.", proposal));
            }
        });
        users.runAs(WARD_STAFF, () -> {
            for (RatingLine m : members) {
                if (!m.head()) {
                    evaluations.decide(m.id(), decision(m.id() == (named == null ? -1 : named)
                            ? "Hạn chế: chưa tham gia đầy đủ sinh hoạt chi bộ; giao khắc phục đến 30/6/2026." : null,
                            "112-QĐ/ĐU", decision));
                }
            }
            for (RatingLine c : all) {
                if (c.memberId() == null && !c.unitCode().equals(WARD)) {
                    evaluations.propose(c.id(), cmd("GOOD", 86, "Chi bộ hoàn thành tốt nhiệm vụ năm 2025.", proposal));
                    evaluations.decide(c.id(), decision(null, "113-QĐ/ĐU", decision));
                }
            }
            for (RatingLine m : members) {
                if (m.head()) {
                    evaluations.decide(m.id(), decision(null, "112-QĐ/ĐU", decision));
                }
            }
        });
        users.runAs(BOARD, () -> all.stream().filter(c -> c.memberId() == null && c.unitCode().equals(WARD))
                .forEach(c -> {
                    evaluations.propose(c.id(), cmd("GOOD", 88, "Đảng bộ phường hoàn thành tốt nhiệm vụ năm 2025.",
                            proposal));
                    evaluations.decide(c.id(), decision(null, "1250-QĐ/TU", LocalDate.of(2025, 12, 29)));
                }));
        return named;
    }

    /**
     * This year's season of the province, under way: in the ward the cells self-assessed, the members too (but the
     * member with an account), proposals made, decisions taken up to the quota, one more Hoàn thành xuất sắc proposed
     * beyond it, and two proposals flagged by the evidence waiting for the decider; xã Diễn Lâm not started.
     */
    private void seasonUnderWay(long season, Long lateMember, LocalDate today) {
        List<RatingLine> all = lines(season, WARD);
        Long own = ownMember();
        List<RatingLine> members = all.stream().filter(l -> l.memberId() != null && !l.memberId().equals(own))
                .toList();
        LocalDate self = today.minusDays(12);
        LocalDate proposal = today.minusDays(5);
        selfAssessCollectives(all, self);
        // a commitment of this year not kept: the second member
        Long broken = members.size() > 1 ? members.get(1).memberId() : null;
        if (broken != null) {
            users.runAs(WARD_STAFF, () -> {
                long id = commitments.record(new NewCommitment(broken, cellOf(members.get(1).id()), today.getYear(),
                        List.of("G2.3"), List.of("Không vi phạm quy định về uống rượu bia khi tham gia giao thông.",
                                "Tham gia đầy đủ sinh hoạt chi bộ."), today.withDayOfYear(1).plusDays(20), null))
                        .id();
                commitments.check(id, CommitmentOutcome.NOT_KEPT,
                        "Bị xử phạt vi phạm nồng độ cồn tháng 8; vắng 3 buổi sinh hoạt không lý do.", today.minusDays(14),
                        null);
            });
        }
        users.runAs(BOARD, () -> {
            for (RatingLine m : members) {
                evaluations.selfAssess(m.id(), cmd("GOOD", 84, "Bản tự kiểm điểm năm " + today.getYear() + ".", self));
            }
        });
        List<RatingLine> toPropose = members.subList(0, Math.max(0, members.size() - 3));
        // a fifth proposed Hoàn thành xuất sắc: more than 20% of those proposed Hoàn thành tốt allows
        long proposedExcellent = Math.max(2, toPropose.size() / 5);
        List<Long> excellent = new ArrayList<>();
        users.runAs(BOARD, () -> {
            for (int i = 0; i < toPropose.size(); i++) {
                RatingLine m = toPropose.get(i);
                boolean top = i % 4 == 3 && excellent.size() < proposedExcellent && !m.head()
                        && !m.memberId().equals(lateMember) && !m.memberId().equals(broken);
                if (top) {
                    excellent.add(m.id());
                }
                Level level = top ? Level.EXCELLENT : Level.GOOD;
                evaluations.propose(m.id(), cmd(level.name(), score(level), "Thẩm định của Ban Tổ chức.", proposal));
            }
        });
        // decided: the members neither flagged nor heads, Hoàn thành xuất sắc up to the quota (the rest beyond it)
        users.runAs(WARD_STAFF, () -> {
            long allowed = queries.quota(season).stream().filter(q -> q.unitCode().equals(WARD))
                    .mapToLong(EvaluationQueries.QuotaUse::allowed).sum();
            int decidedExcellent = 0;
            for (RatingLine m : toPropose) {
                RatingView v = queries.rating(m.id());
                boolean isExcellent = excellent.contains(m.id());
                if (m.head() || !v.flags().isEmpty() || isExcellent && decidedExcellent >= allowed) {
                    continue;
                }
                evaluations.decide(m.id(), decision(null, "208-QĐ/ĐU", today.minusDays(1)));
                decidedExcellent += isExcellent ? 1 : 0;
            }
        });
    }

    private void selfAssessCollectives(List<RatingLine> all, LocalDate on) {
        users.runAs(BOARD, () -> all.stream().filter(l -> l.memberId() == null && l.unitCode().contains("-CB"))
                .sorted(Comparator.comparing(RatingLine::unitCode))
                .forEach(c -> evaluations.selfAssess(c.id(), cmd("GOOD", 86,
                        "Báo cáo kiểm điểm tập thể chi bộ (Mẫu 01).", on))));
    }

    private Long ownMember() {
        return jdbc.sql("select member_id from app_user where username = ?").param(MEMBER_ACCOUNT)
                .query(Long.class).optional().orElse(null);
    }

    private List<RatingLine> lines(long season) {
        return lines(season, null);
    }

    /** The season's ratings, of a unit's subtree when {@code unitCode} is given. */
    private List<RatingLine> lines(long season, String unitCode) {
        List<RatingLine> out = new ArrayList<>();
        users.runAs(BOARD, () -> {
            for (int page = 0; ; page++) {
                var result = queries.ratings(season, unitCode, null, false, null, page);
                out.addAll(result.items());
                if (out.size() >= result.total() || result.items().isEmpty()) {
                    break;
                }
            }
        });
        return out;
    }

    private String cellOf(long ratingId) {
        return jdbc.sql("select u.code from evaluation_rating r join org_unit u on u.id = r.unit_id where r.id = ?")
                .param(ratingId).query(String.class).single();
    }

    private Long memberOf(long ratingId) {
        return jdbc.sql("select member_id from evaluation_rating where id = ?").param(ratingId).query(Long.class).single();
    }

    private static int score(Level level) {
        return switch (level) {
            case EXCELLENT -> 93;
            case GOOD -> 82;
            case COMPLETED -> 64;
            case NOT_COMPLETED -> 40;
        };
    }

    private static RatingCommand cmd(String level, int score, String text, LocalDate on) {
        return new RatingCommand(level, BigDecimal.valueOf(score), text, on, null, null, null, null);
    }

    private static RatingCommand decision(String acknowledgement, String number, LocalDate on) {
        return new RatingCommand(null, null, null, on, number, acknowledgement, null, null);
    }
}
