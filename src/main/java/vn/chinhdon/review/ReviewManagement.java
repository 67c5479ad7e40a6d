package vn.chinhdon.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.conduct.CommitmentManagement;
import vn.chinhdon.conduct.CommitmentView;
import vn.chinhdon.conduct.DegradationCatalogue;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.BoundSql;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.FollowUpView;
import vn.chinhdon.remediation.NewFollowUp;
import vn.chinhdon.remediation.Source;
import vn.chinhdon.remediation.SourceKind;
import vn.chinhdon.review.ReviewRows.Round;
import vn.chinhdon.review.ReviewRows.Row;
import vn.chinhdon.shared.VietnameseText;

/**
 * Review rounds, from the opening to the collectives' final reports. Each use case checks the caller's grants
 * ({@link ReviewRows}), validates every problem at once, writes, and records who did what in the audit log — never
 * who gave a piece of feedback. The order of the reviews is enforced ({@link ReviewOrder}); feedback is used only
 * once verified and substantiated.
 *
 * <p>Who: the organization board ({@code MANAGE_REVIEWS}) over the round's unit opens it and records, verifies and
 * assigns feedback; whoever records the unit's meetings ({@code RECORD_REVIEWS}: chi ủy, văn phòng, ban tổ chức)
 * records a review's session and a collective's final report; the unit above a review's unit suggests (gợi ý).
 */
@Service
public class ReviewManagement {

    static final int MAX_TEXT = 8000;
    static final int MAX_REPORT = 16000;

    private final JdbcClient jdbc;
    private final ReviewRows rows;
    private final ReviewOrder order;
    private final TreeQueries tree;
    private final FollowUpManagement followUps;
    private final DegradationCatalogue catalogue;
    private final CommitmentManagement commitments;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewManagement(JdbcClient jdbc, ReviewRows rows, ReviewOrder order, TreeQueries tree, FollowUpManagement followUps,
            DegradationCatalogue catalogue, CommitmentManagement commitments, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.catalogue = catalogue;
        this.commitments = commitments;
        this.jdbc = jdbc;
        this.rows = rows;
        this.order = order;
        this.tree = tree;
        this.followUps = followUps;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- opening ----

    /**
     * Opens a round over the unit's subtree: one review for the collective of every unit down to {@code depth}
     * levels, and one for every member to be reviewed there as things stood at the period's end — the members of
     * the cells (probationary and full members), and the committee members of the other units, the head marked.
     */
    @Transactional
    public RoundView open(NewRound n) {
        List<Problem> problems = new ArrayList<>();
        UnitRef unit = null;
        if (n.unitCode() == null || n.unitCode().isBlank()) {
            problems.add(Problem.field("unitCode", "error.required.named", "unitCode"));
        } else {
            unit = tree.unit(n.unitCode().trim(), n.periodTo() == null ? today() : n.periodTo(), Permission.READ_UNITS);
            if (!tree.allows(unit.id(), Permission.MANAGE_REVIEWS)) {
                throw new ForbiddenException("error.review.notManager", unit.name());
            }
            if (!unit.active()) {
                problems.add(Problem.field("unitCode", "error.unit.ended", unit.code()));
            }
        }
        String title = Inputs.text(n.title(), "title", 500, true, problems);
        PeriodKind kind = Inputs.choice(PeriodKind.class, n.periodKind(), "periodKind", "error.review.periodKind", problems);
        String label = Inputs.text(n.periodLabel(), "periodLabel", 40, true, problems);
        LocalDate on = date(n.openedOn(), "openedOn", problems);
        if (n.periodFrom() == null) {
            problems.add(Problem.field("periodFrom", "error.required.named", "periodFrom"));
        }
        if (n.periodTo() == null) {
            problems.add(Problem.field("periodTo", "error.required.named", "periodTo"));
        } else if (n.periodFrom() != null && n.periodTo().isBefore(n.periodFrom())) {
            problems.add(Problem.field("periodTo", "error.review.periodOrder"));
        }
        int depth = n.depth() == null ? 10 : n.depth();
        if (depth < 0 || depth > 10) {
            problems.add(Problem.field("depth", "error.review.depth"));
        }
        if (n.deadline() == null) {
            problems.add(Problem.field("deadline", "error.required.named", "deadline"));
        } else if (n.deadline().isBefore(on)) {
            problems.add(Problem.field("deadline", "error.review.deadlineBeforeOpening", on));
        }
        LocalDate reportDeadline = n.reportDeadline() == null ? n.deadline() : n.reportDeadline();
        if (reportDeadline != null && n.deadline() != null && reportDeadline.isBefore(n.deadline())) {
            problems.add(Problem.field("reportDeadline", "error.review.reportDeadline", n.deadline()));
        }
        if (unit != null && n.periodTo() != null && label != null && jdbc.sql("""
                select count(*) from review_round where unit_id = ? and period_label = ? and period_kind = ?""")
                .params(unit.id(), label, kind == null ? "" : kind.name()).query(Long.class).single() > 0) {
            problems.add(Problem.field("periodLabel", "error.review.roundExists", label));
        }
        Inputs.refuseIfAny(problems);
        long id = nextId();
        jdbc.sql("""
                insert into review_round (id, unit_id, title, period_kind, period_label, period_from, period_to, depth,
                  opened_on, deadline, report_deadline, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, unit.id(), title, kind.name(), label, n.periodFrom(), n.periodTo(), depth, on, n.deadline(),
                        reportDeadline, OffsetDateTime.now(clock), username())
                .update();
        int subjects = createSubjects(id, unit, n.periodTo(), depth);
        audit.record("REVIEW_ROUND_OPENED", "REVIEW_ROUND", id, unit.id(), title + " (" + label + ")",
                Map.of("reviews", subjects, "depth", depth));
        return round(id);
    }

    /** The reviews of a new round, in set-based statements (a province's round holds its whole membership). */
    private int createSubjects(long round, UnitRef unit, LocalDate at, int depth) {
        int base = unit.path().split("/").length - 2;
        Map<String, Object> p = Map.of("round", round, "path", unit.path() + "%", "at", at, "from", base, "to", base + depth);
        String units = """
                select s.unit_id, s.path, s.depth, s.kind from org_unit_state s
                where s.path like :path and s.depth between :from and :to
                  and s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)""";
        int n = bind(jdbc.sql("""
                insert into review_subject (id, round_id, unit_id, member_id, head, unit_path, level)
                select nextval('org_seq'), :round, u.unit_id, null, false, u.path, u.depth from (%s) u""".formatted(units)), p)
                .update();
        // the members of the cells
        n += bind(jdbc.sql("""
                insert into review_subject (id, round_id, unit_id, member_id, head, unit_path, level)
                select nextval('org_seq'), :round, u.unit_id, a.member_id,
                  exists (select 1 from committee_term t join committee_position cp on cp.term_id = t.id
                          where t.unit_id = u.unit_id and cp.member_id = a.member_id and cp.head
                            and cp.starts_on <= :at and (cp.ends_on is null or cp.ends_on > :at)),
                  u.path, u.depth
                from (%s) u join member_assignment a on a.unit_id = u.unit_id
                  and a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)
                join member m on m.id = a.member_id and m.status in ('PROBATIONARY', 'OFFICIAL')
                where u.kind in ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')""".formatted(units)), p).update();
        // the committee members of the other units
        n += bind(jdbc.sql("""
                insert into review_subject (id, round_id, unit_id, member_id, head, unit_path, level)
                select nextval('org_seq'), :round, u.unit_id, cp.member_id, bool_or(cp.head), u.path, u.depth
                from (%s) u join committee_term t on t.unit_id = u.unit_id
                join committee_position cp on cp.term_id = t.id
                  and cp.starts_on <= :at and (cp.ends_on is null or cp.ends_on > :at)
                where u.kind not in ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')
                group by u.unit_id, cp.member_id, u.path, u.depth""".formatted(units)), p).update();
        return n;
    }

    // ---- suggestions and feedback ----

    /** A suggestion (gợi ý kiểm điểm) of the unit above the review's unit, by whoever records its reviews. */
    @Transactional
    public ReviewView suggest(long reviewId, String text, LocalDate givenOn) {
        return suggest(reviewId, text, givenOn, null);
    }

    /** The same, refused as stale if the review changed since the caller read {@code version}. */
    @Transactional
    public ReviewView suggest(long reviewId, String text, LocalDate givenOn, Long version) {
        Row r = rows.visible(reviewId);
        ReviewRows.checkVersion(r.version(), version);
        if (rows.isSubject(r)) {
            throw new ForbiddenException("error.review.ownReview");
        }
        UnitRef unit = tree.unit(r.unitId(), today()).orElseThrow();
        UnitRef superior = tree.ancestors(unit, today()).stream().reduce((a, b) -> b)
                .filter(u -> tree.allows(u.id(), Permission.RECORD_REVIEWS)
                        || tree.allows(u.id(), Permission.MANAGE_REVIEWS))
                .orElseThrow(() -> new ForbiddenException("error.review.notSuperior"));
        List<Problem> problems = new ArrayList<>();
        String t = Inputs.text(text, "text", MAX_TEXT, true, problems);
        LocalDate on = date(givenOn, "givenOn", problems);
        Inputs.refuseIfAny(problems);
        if (r.state().held()) {
            throw new ConflictException("error.review.heldAlready");
        }
        jdbc.sql("""
                insert into review_suggestion (id, subject_id, from_unit_id, text, given_on, created_at, created_by)
                values (nextval('org_seq'), ?, ?, ?, ?, ?, ?)""")
                .params(reviewId, superior.id(), t, on, OffsetDateTime.now(clock), username()).update();
        audit.record("REVIEW_SUGGESTION", "REVIEW", reviewId, r.unitId(), "Gợi ý kiểm điểm của " + superior.name(), null);
        return review(reviewId);
    }

    /**
     * Records a piece of feedback on a review's subject (the organization board of the round's unit). The giver is
     * kept confidential: the audit names the source kind only.
     */
    @Transactional
    public FeedbackView addFeedback(long reviewId, NewFeedback f) {
        return addFeedback(reviewId, f, null);
    }

    /** The same, refused as stale if the review changed since the caller read {@code version}. */
    @Transactional
    public FeedbackView addFeedback(long reviewId, NewFeedback f, Long version) {
        Row r = rows.visible(reviewId);
        ReviewRows.checkVersion(r.version(), version);
        Round round = rows.round(r.roundId()).orElseThrow();
        requireManager(round, r);
        List<Problem> problems = new ArrayList<>();
        FeedbackSource source = Inputs.choice(FeedbackSource.class, f.sourceKind(), "sourceKind", "error.review.source", problems);
        String giver = Inputs.text(f.giver(), "giver", 300, true, problems);
        String t = Inputs.text(f.text(), "text", MAX_TEXT, true, problems);
        List<String> codes = catalogue.codes(f.codes(), "codes", problems);
        LocalDate on = date(f.receivedOn(), "receivedOn", problems);
        Inputs.refuseIfAny(problems);
        long id = nextId();
        jdbc.sql("""
                insert into review_feedback (id, subject_id, source_kind, giver, text, codes, received_on, created_at,
                  created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reviewId, source.name(), giver, t, String.join(",", codes), on, OffsetDateTime.now(clock),
                        username())
                .update();
        audit.record("REVIEW_FEEDBACK", "REVIEW", reviewId, r.unitId(), "Ghi nhận góp ý (" + source.name() + ")",
                Map.of("feedback", id));
        return feedback(id);
    }

    /**
     * The verification of a piece of feedback: substantiated or unfounded, and how it was checked. Once. A substantiated
     * item publishes {@link FeedbackSubstantiated} (without its giver).
     */
    @Transactional
    public FeedbackView verify(long feedbackId, String outcome, String how, Long version) {
        return verify(feedbackId, outcome, how, null, version);
    }

    /** The verification on a given day (not before the item was received, not in the future). */
    @Transactional
    public FeedbackView verify(long feedbackId, String outcome, String how, LocalDate verifiedOn, Long version) {
        FeedbackRow f = feedbackRow(feedbackId);
        Round round = rows.round(f.roundId()).orElseThrow();
        requireManager(round, rows.row(f.reviewId()).orElseThrow());
        ReviewRows.checkVersion(f.version(), version);
        if (f.state() != FeedbackState.UNVERIFIED) {
            throw new ConflictException("error.review.verifiedAlready");
        }
        List<Problem> problems = new ArrayList<>();
        FeedbackState state = Inputs.choice(FeedbackState.class, outcome, "outcome", "error.review.outcome", problems);
        if (state == FeedbackState.UNVERIFIED) {
            problems.add(Problem.field("outcome", "error.review.outcome", outcome));
        }
        String method = Inputs.text(how, "verification", 4000, true, problems);
        LocalDate on = date(verifiedOn, "verifiedOn", problems);
        LocalDate received = jdbc.sql("select received_on from review_feedback where id = ?").param(feedbackId)
                .query(LocalDate.class).single();
        if (on.isBefore(received)) {
            problems.add(Problem.field("verifiedOn", "error.review.verifiedBeforeReceived", received));
        }
        Inputs.refuseIfAny(problems);
        int n = jdbc.sql("""
                update review_feedback set state = ?, verified_on = ?, verified_by = ?, verification = ?,
                  version = version + 1 where id = ? and version = ?""")
                .params(state.name(), on, username(), method, feedbackId, f.version()).update();
        if (n == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record("REVIEW_FEEDBACK_VERIFIED", "REVIEW", f.reviewId(), f.unitId(), "Xác minh góp ý: " + state.name(),
                Map.of("feedback", feedbackId));
        if (state == FeedbackState.SUBSTANTIATED) {
            // the subject and what was said; never who said it
            Row subject = rows.row(f.reviewId()).orElseThrow();
            String codes = jdbc.sql("select codes from review_feedback where id = ?").param(feedbackId)
                    .query(String.class).single();
            events.publishEvent(new FeedbackSubstantiated(feedbackId, subject.unitId(), subject.memberId(), codes, on,
                    f.text()));
        }
        return feedback(feedbackId);
    }

    /**
     * Assigns a substantiated item for an explanation (giải trình) or an acceptance (tiếp thu) by a date: a follow-up
     * task of the member reviewed (or of the unit, for a collective), verified by the round's unit.
     */
    @Transactional
    public FeedbackView assign(long feedbackId, String kind, LocalDate deadline) {
        FeedbackRow f = feedbackRow(feedbackId);
        Round round = rows.round(f.roundId()).orElseThrow();
        requireManager(round, rows.row(f.reviewId()).orElseThrow());
        if (f.state() != FeedbackState.SUBSTANTIATED) {
            throw new ConflictException("error.review.notSubstantiated");
        }
        List<Problem> problems = new ArrayList<>();
        AssignmentKind k = Inputs.choice(AssignmentKind.class, kind, "kind", "error.review.assignmentKind", problems);
        if (deadline == null) {
            problems.add(Problem.field("deadline", "error.required.named", "deadline"));
        } else if (deadline.isBefore(today())) {
            problems.add(Problem.field("deadline", "error.review.deadlinePast", today()));
        }
        Inputs.refuseIfAny(problems);
        Row r = rows.row(f.reviewId()).orElseThrow();
        String label = (k == AssignmentKind.EXPLAIN ? "Giải trình góp ý: " : "Tiếp thu góp ý: ") + Inputs.abbreviate(f.text(), 240);
        FollowUpView task = followUps.open(new NewFollowUp(new Source(SourceKind.REVIEW, f.reviewId(), label),
                unitCode(r.unitId()), r.memberId(), unitCode(round.unitId()), f.text(), deadline, null, null, null));
        jdbc.sql("""
                insert into review_assignment (id, feedback_id, kind, follow_up_id, created_at, created_by)
                values (nextval('org_seq'), ?, ?, ?, ?, ?)""")
                .params(feedbackId, k.name(), task.id(), OffsetDateTime.now(clock), username()).update();
        audit.record("REVIEW_FEEDBACK_ASSIGNED", "REVIEW", f.reviewId(), r.unitId(), label, Map.of("feedback", feedbackId,
                "kind", k.name(), "deadline", deadline.toString()));
        return feedback(feedbackId);
    }

    // ---- sessions and final reports ----

    /**
     * Records the session of a review, once its turn has come ({@link ReviewOrder}): the conclusion cites only
     * substantiated feedback about this review's subject; each remedy becomes a follow-up task of the unit (or of the
     * member reviewed), verified by the round's unit.
     */
    @Transactional
    public ReviewView hold(long reviewId, Session s, Long version) {
        Row r = rows.visible(reviewId);
        Round round = rows.round(r.roundId()).orElseThrow();
        requireRecorder(r);
        ReviewRows.checkVersion(r.version(), version);
        if (r.state().held()) {
            throw new ConflictException("error.review.heldAlready");
        }
        ReviewOrder.Blocker blocker = order.toHold(r);
        if (blocker != null) {
            throw new ConflictException("error.review.outOfOrder", new org.springframework.context.support
                    .DefaultMessageSourceResolvable(new String[] {blocker.key()}, new Object[] {blocker.arg()}, blocker.key()));
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate on = date(s.heldOn(), "heldOn", problems);
        if (s.heldOn() != null && s.heldOn().isBefore(round.openedOn())) {
            problems.add(Problem.field("heldOn", "error.review.beforeRound", round.openedOn()));
        }
        if (s.durationMinutes() != null && (s.durationMinutes() < 1 || s.durationMinutes() > 24 * 60)) {
            problems.add(Problem.field("durationMinutes", "error.review.duration"));
        }
        if (s.present() != null || s.expected() != null) {
            if (s.present() == null || s.expected() == null || s.present() < 0 || s.present() > s.expected()) {
                problems.add(Problem.field("present", "error.review.attendance"));
            }
        }
        String chair = Inputs.text(s.chair(), "chair", 200, true, problems);
        String rep = Inputs.text(s.superiorRepresentative(), "superiorRepresentative", 200, false, problems);
        String report = Inputs.text(s.report(), "report", MAX_REPORT, true, problems);
        String conclusion = Inputs.text(s.conclusion(), "conclusion", MAX_TEXT, false, problems);
        List<Long> cited = s.citedFeedbackIds() == null ? List.of()
                : s.citedFeedbackIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (Long id : cited) {
            String state = jdbc.sql("select state from review_feedback where id = ? and subject_id = ?")
                    .params(id, reviewId).query(String.class).optional().orElse(null);
            if (state == null) {
                problems.add(Problem.field("citedFeedbackIds", "error.review.feedbackNotFound", String.valueOf(id)));
            } else if (!FeedbackState.SUBSTANTIATED.name().equals(state)) {
                problems.add(Problem.field("citedFeedbackIds", "error.review.citeUnverified", String.valueOf(id)));
            }
        }
        List<Session.Remedy> remedies = s.remedies() == null ? List.of() : s.remedies();
        for (int i = 0; i < remedies.size(); i++) {
            Session.Remedy m = remedies.get(i);
            String f = "remedies[" + i + "]";
            if (m == null) {
                continue;
            }
            Inputs.text(m.text(), f + ".text", 4000, true, problems);
            if (m.deadline() == null) {
                problems.add(Problem.field(f + ".deadline", "error.required.named", "deadline"));
            } else if (m.deadline().isBefore(on)) {
                problems.add(Problem.field(f + ".deadline", "error.followUp.deadlineBeforeOpened", on));
            }
            if (m.ofMember() && r.memberId() == null) {
                problems.add(Problem.field(f + ".ofMember", "error.review.remedyOfCollective"));
            }
        }
        Inputs.refuseIfAny(problems);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("on", on);
        set.put("duration", s.durationMinutes());
        set.put("present", s.present());
        set.put("expected", s.expected());
        set.put("chair", chair);
        set.put("rep", rep);
        set.put("report", report);
        set.put("conclusion", conclusion);
        set.put("by", username());
        rows.update(r, "state = 'HELD', held_on = :on, duration_minutes = :duration, present = :present, "
                + "expected = :expected, chair = :chair, superior_representative = :rep, report = :report, "
                + "conclusion = :conclusion, held_by = :by", set);
        for (Long id : cited) {
            jdbc.sql("insert into review_citation (subject_id, feedback_id) values (?, ?)").params(reviewId, id).update();
        }
        String label = "Kiểm điểm " + round.periodLabel() + ": " + subjectLabel(r);
        for (Session.Remedy m : remedies) {
            if (m == null) {
                continue;
            }
            FollowUpView task = followUps.openAllowedBySource(new NewFollowUp(new Source(SourceKind.REVIEW, reviewId,
                    Inputs.abbreviate(label, 300)), unitCode(r.unitId()), m.ofMember() ? r.memberId() : null,
                    unitCode(round.unitId()), VietnameseText.clean(m.text()), m.deadline(), null, on, null));
            jdbc.sql("insert into review_remedy (subject_id, follow_up_id) values (?, ?)").params(reviewId, task.id())
                    .update();
        }
        audit.record("REVIEW_HELD", "REVIEW", reviewId, r.unitId(), "Kiểm điểm " + subjectLabel(r) + " ngày " + on,
                Map.of("cited", cited.size(), "remedies", remedies.size()));
        return review(reviewId);
    }

    /**
     * Completes a collective's final report after all its members' reviews, with what they added to it.
     */
    @Transactional
    public ReviewView finalizeReport(long reviewId, String finalReport, String additions, Long version) {
        Row r = rows.visible(reviewId);
        requireRecorder(r);
        ReviewRows.checkVersion(r.version(), version);
        if (r.memberId() != null) {
            throw new ConflictException("error.review.finalOfCollective");
        }
        if (r.state() == ReviewState.FINALIZED) {
            throw new ConflictException("error.review.finalizedAlready");
        }
        ReviewOrder.Blocker blocker = order.toFinalize(r);
        if (blocker != null) {
            throw new ConflictException("error.review.outOfOrder", new org.springframework.context.support
                    .DefaultMessageSourceResolvable(new String[] {blocker.key()}, new Object[] {blocker.arg()}, blocker.key()));
        }
        List<Problem> problems = new ArrayList<>();
        String report = Inputs.text(finalReport, "finalReport", MAX_REPORT, true, problems);
        String added = Inputs.text(additions, "additions", MAX_TEXT, true, problems);
        Inputs.refuseIfAny(problems);
        rows.update(r, "state = 'FINALIZED', final_report = :report, additions = :added, finalized_on = :on, "
                + "finalized_by = :by", Map.of("report", report, "added", added, "on", today(), "by", username()));
        audit.record("REVIEW_FINALIZED", "REVIEW", reviewId, r.unitId(), "Hoàn chỉnh báo cáo kiểm điểm tập thể", null);
        return review(reviewId);
    }

    // ---- reading ----

    /** A round with its figures. */
    @Transactional(readOnly = true)
    public RoundView round(long id) {
        return ReviewReader.round(this, rows.visibleRound(id));
    }

    /** The CTE {@code scope}: the unit {@code :unit} and its predecessors (a merged unit's history is its successor's). */
    private static final String IN_SUBTREE = """
            with recursive scope(id) as (
              select cast(:unit as bigint)
              union select l.predecessor_id from org_unit_lineage l join scope s on l.successor_id = s.id)
            """;

    /** The rounds in which the unit's subtree takes part (newest period first), as the caller may see them. */
    @Transactional(readOnly = true)
    public List<RoundView> rounds(String unitCode) {
        UnitRef unit = tree.unit(unitCode == null ? null : unitCode.trim(), today(), Permission.READ_UNITS);
        List<Long> ids = jdbc.sql(IN_SUBTREE + """
                select o.id from review_round o where exists (select 1 from review_subject r join scope x
                  on r.unit_path like '%/' || x.id || '/%' where r.round_id = o.id)
                order by o.period_to desc, o.id desc limit 100""")
                .param("unit", unit.id()).query(Long.class).list();
        List<RoundView> out = new ArrayList<>();
        for (Long id : ids) {
            try {
                out.add(round(id));
            } catch (NotFoundException e) {
                // a round the caller's grants do not reach
            }
        }
        return out;
    }

    /** The units of a round the caller may see, in tree order: their collective, their members, what waits on whom. */
    @Transactional(readOnly = true)
    public vn.chinhdon.shared.PageResult<ProgressLine> progress(long roundId, Integer page, Integer size) {
        return ReviewReader.progress(this, rows.visibleRound(roundId), page, size);
    }

    /** The reviews of one unit in a round: its collective first, then its members, the head last. */
    @Transactional(readOnly = true)
    public List<ReviewLine> reviewsOf(long roundId, String unitCode) {
        Round round = rows.visibleRound(roundId);
        UnitRef unit = tree.unit(unitCode == null ? null : unitCode.trim(), round.periodTo(), Permission.READ_UNITS);
        return ReviewReader.reviewsOf(this, round, unit);
    }

    /**
     * Feedback awaiting verification in the rounds of the unit's subtree whose board the caller is, oldest first;
     * the givers as the board may read them.
     */
    @Transactional(readOnly = true)
    public List<FeedbackView> awaitingVerification(String unitCode) {
        UnitRef unit = tree.unit(unitCode == null ? null : unitCode.trim(), today(), Permission.READ_UNITS);
        List<Object[]> found = jdbc.sql(IN_SUBTREE + """
                select f.id, f.subject_id from review_feedback f join review_subject r on r.id = f.subject_id
                where f.state = 'UNVERIFIED' and exists (select 1 from scope x where r.unit_path like '%/' || x.id || '/%')
                order by f.received_on, f.id limit 500""")
                .param("unit", unit.id()).query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2)}).list();
        List<FeedbackView> out = new ArrayList<>();
        for (Object[] f : found) {
            Row r = rows.row((Long) f[1]).orElseThrow();
            Round round = rows.round(r.roundId()).orElseThrow();
            if (manages(round) && !rows.isSubject(r)) {
                out.addAll(ReviewReader.feedback(this, round, r, rows.seesGivers(round, r), List.of((Long) f[0])));
            }
        }
        return out;
    }

    /** A review as the caller may see it. */
    @Transactional(readOnly = true)
    public ReviewView review(long id) {
        return ReviewReader.review(this, rows.visible(id));
    }

    /** A piece of feedback as the caller may see it. */
    @Transactional(readOnly = true)
    public FeedbackView feedback(long id) {
        FeedbackRow f = feedbackRow(id);
        Row r = rows.row(f.reviewId()).orElseThrow();
        Round round = rows.round(f.roundId()).orElseThrow();
        return ReviewReader.feedback(this, round, r, rows.seesGivers(round, r), List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.review.feedbackNotFound", id));
    }

    // ---- shared with the reader and the queries ----

    record FeedbackRow(long id, long reviewId, long roundId, long unitId, FeedbackState state, String text, long version) {
    }

    /** The feedback if the caller may see it (its review; unverified only by the round's board). */
    FeedbackRow feedbackRow(long id) {
        FeedbackRow f = jdbc.sql("""
                select f.id, f.subject_id, r.round_id, r.unit_id, f.state, f.text, f.version
                from review_feedback f join review_subject r on r.id = f.subject_id where f.id = ?""")
                .param(id)
                .query((rs, i) -> new FeedbackRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        FeedbackState.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7)))
                .optional().orElseThrow(() -> new NotFoundException("error.review.feedbackNotFound", id));
        Row r = rows.row(f.reviewId()).orElseThrow();
        if (!rows.mayRead(r)) {
            throw new NotFoundException("error.review.feedbackNotFound", id);
        }
        return f;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    ReviewRows rows() {
        return rows;
    }

    ReviewOrder order() {
        return order;
    }

    TreeQueries tree() {
        return tree;
    }

    FollowUpManagement followUps() {
        return followUps;
    }

    /**
     * The member's commitments with their cell in the years the review looks at (the period's, and the year before,
     * whose commitments this review checks), as the caller may read them.
     */
    List<CommitmentView> commitmentsOf(long memberId, LocalDate periodFrom, LocalDate periodTo) {
        return commitments.ofMember(memberId, null).stream()
                .filter(c -> c.year() >= periodFrom.getYear() - 1 && c.year() <= periodTo.getYear()).toList();
    }

    LocalDate todayDate() {
        return today();
    }

    boolean manages(Round round) {
        return rows.allows(round.unitId(), Permission.MANAGE_REVIEWS);
    }

    boolean records(Row r) {
        return rows.allows(r.unitId(), Permission.RECORD_REVIEWS) || rows.allows(r.unitId(), Permission.MANAGE_REVIEWS);
    }

    String subjectLabel(Row r) {
        return r.memberId() == null
                ? "tập thể " + tree.unit(r.unitId(), today()).map(UnitRef::name).orElse("")
                : "đồng chí " + jdbc.sql("select full_name from member where id = ?").param(r.memberId())
                        .query(String.class).single();
    }

    String unitCode(long unitId) {
        return jdbc.sql("select code from org_unit where id = ?").param(unitId).query(String.class).single();
    }

    /** The organization board of the round's unit, for feedback about someone else than the caller. */
    private void requireManager(Round round, Row r) {
        if (!manages(round)) {
            throw new ForbiddenException("error.review.notManager",
                    tree.unit(round.unitId(), today()).map(UnitRef::name).orElse(""));
        }
        if (rows.isSubject(r)) {
            throw new ForbiddenException("error.review.ownFeedback");
        }
    }

    /** Whoever records the unit's reviews — never the member reviewed, for their own review. */
    private void requireRecorder(Row r) {
        if (!records(r)) {
            throw new ForbiddenException("error.review.notRecorder");
        }
        if (rows.isSubject(r)) {
            throw new ForbiddenException("error.review.ownReview");
        }
    }

    private LocalDate date(LocalDate value, String field, List<Problem> problems) {
        LocalDate d = value == null ? today() : value;
        if (d.isAfter(today())) {
            problems.add(Problem.field(field, "error.date.future", d));
        }
        return d;
    }

    private long nextId() {
        return jdbc.sql("select nextval('org_seq')").query(Long.class).single();
    }

    private static String username() {
        return CurrentUser.require().getUsername();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        return new BoundSql("", params).bind(spec);
    }
}
