package vn.chinhdon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.conduct.CommitmentManagement;
import vn.chinhdon.conduct.CommitmentOutcome;
import vn.chinhdon.conduct.ConductManagement;
import vn.chinhdon.conduct.NewCommitment;
import vn.chinhdon.conduct.NewExpression;
import vn.chinhdon.conduct.NewRemedyPlan;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.NewDocument;
import vn.chinhdon.inspection.Conclusion;
import vn.chinhdon.inspection.InspectionManagement;
import vn.chinhdon.inspection.InspectionManagement.StepInput;
import vn.chinhdon.inspection.NewDelegate;
import vn.chinhdon.inspection.NewFinding;
import vn.chinhdon.inspection.NewInspection;
import vn.chinhdon.inspection.NewProgram;
import vn.chinhdon.inspection.NewRecommendation;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;

/**
 * Every request mapping of the application, found by reflection (a new endpoint cannot be missed), is
 * called by a user granted another province, with the identifiers of a province they must not see: in
 * the path, in the query and in a request body that names them everywhere. No response may contain
 * anything of that province, and nothing in the database may change.
 */
class NoLeakAcrossUnitsTest extends IntegrationTest {

    private static final String SECRET_UNIT = "Đảng bộ Bímật Alpha";
    private static final String SECRET_MEMBER = "Nguyễn Văn Bímật";
    private static final String SECRET_CARD = "SECRET9931";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    CommitteeManagement committees;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    DocumentRegister documents;

    @Autowired
    vn.chinhdon.remediation.FollowUpManagement followUps;

    @Autowired
    InspectionManagement inspections;

    @Autowired
    java.time.Clock clock;

    @Autowired
    ConductManagement conduct;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    vn.chinhdon.review.ReviewManagement reviews;

    @Autowired
    vn.chinhdon.evaluation.EvaluationManagement evaluations;

    @Autowired
    vn.chinhdon.evaluation.EvaluationQueries evaluationQueries;

    @Autowired
    vn.chinhdon.conduct.DisciplineManagement disciplines;

    @Test
    void aUserOfAnotherProvinceSeesAndChangesNothingByAnyEndpoint() throws Exception {
        String p = unique("leak");
        String a = p + "-A";
        String cell = p + "-A1";
        Map<String, Object> ids = new LinkedHashMap<>();
        asSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(a, SECRET_UNIT, "PROVINCIAL", null, LocalDate.of(2020, 1, 1)),
                    new UnitImportRow(cell, "Chi bộ Bímật Beta", "GRASSROOTS_CELL", a, LocalDate.of(2020, 1, 1)),
                    new UnitImportRow(p + "-B", "Đảng bộ tỉnh Khác", "PROVINCIAL", null, LocalDate.of(2020, 1, 1))), 1);
            members.importMembers(List.of(new MemberImportRow(SECRET_CARD, SECRET_MEMBER, "Nam", "1970-01-01",
                    "1995-01-01", "1996-01-01", cell, null)), 1);
            long memberId = members.search(a, null, null, 0, 1).items().get(0).id();
            ids.put("id", memberId);
            ids.put("memberId", memberId);
            var term = committees.openTerm(a, "2020–2025", LocalDate.of(2020, 10, 1), null);
            ids.put("termId", term.id());
            ids.put("seatId", committees.appoint(a, term.id(), memberId, "SECRETARY", true, null).id());
            ids.put("documentId", documents.register(new NewDocument("07-KH/TU", a, LocalDate.of(2021, 3, 1),
                    "Kế hoạch Bímật", null, "Nội dung Bímật", false, List.of())).id());
            documents.register(new NewDocument("08-TB/TU", a, LocalDate.of(2021, 3, 2), "Thông báo Bímật",
                    null, "Nội dung mật Bímật", true, List.of()));
            long task = followUps.open(new vn.chinhdon.remediation.NewFollowUp(new vn.chinhdon.remediation.Source(
                    vn.chinhdon.remediation.SourceKind.INSPECTION, 1L, "Kết luận Bímật"), cell, memberId, a,
                    "Khắc phục Bímật", LocalDate.of(2021, 6, 30), null, LocalDate.of(2021, 4, 1), null)).id();
            ids.put("followUpId", task);
            ids.put("fileId", followUps.attach(task, "bimat.txt", "text/plain",
                    "Minh chứng Bímật".getBytes(StandardCharsets.UTF_8)).files().get(0).id());
            // an inspection of A with everything recorded about it: program, targets, content, delegate with a
            // conflict, steps, diary, finding, recommendation, conclusion with a requirement
            LocalDate today = LocalDate.now(clock);
            long decision = documents.register(new NewDocument("09-QĐ/TU", a, LocalDate.of(2021, 3, 3), "Quyết định Bímật",
                    null, "Nội dung Bímật", false, List.of())).id();
            long notice = documents.register(new NewDocument("10-TB/TU", a, LocalDate.of(2021, 3, 4),
                    "Thông báo kết luận Bímật", null, "Nội dung Bímật", false, List.of())).id();
            long program = inspections.createProgram(new NewProgram(a, "COMMISSION", today.getYear(), "Chương trình Bímật",
                    decision)).id();
            var inspection = inspections.propose(new NewInspection(a, "COMMISSION", "THEMATIC_INSPECTION", "Kiểm tra Bímật",
                    program, today.minusYears(2), today.minusYears(1), "Kế hoạch Bímật", List.of(cell), List.of(memberId),
                    List.of(decision), null));
            long id = inspection.id();
            long targetId = inspection.targets().get(0).id();
            long delegateId = inspections.addDelegate(id, new NewDelegate(memberId, "HEAD", "Họ hàng Bímật",
                    "Chấp thuận Bímật"), null).delegates().get(0).id();
            inspections.advance(id, new StepInput("DECIDED", null, "Ghi chú Bímật", decision, "Đoàn một người Bímật", null),
                    null);
            inspections.advance(id, new StepInput("KICKED_OFF", null, null, null, null, null), null);
            inspections.addDiaryEntry(id, null, "Nhật ký Bímật");
            inspections.addFinding(id, new NewFinding(targetId, "SHORTCOMING", "Hạn chế Bímật", "SUBJECTIVE",
                    "Nguyên nhân Bímật", "COLLECTIVE", null, List.of("G1.1")));
            long recId = inspections.recommend(id, new NewRecommendation(targetId, a, "Kiến nghị Bímật", null))
                    .recommendations().get(0).id();
            inspections.advance(id, new StepInput("SELF_REPORT_SUBMITTED", null, null, null, null, "Báo cáo Bímật"), null);
            inspections.advance(id, new StepInput("VERIFYING", null, null, null, null, null), null);
            inspections.advance(id, new StepInput("DRAFT_REPORT", null, null, null, null, "Dự thảo Bímật"), null);
            inspections.conclude(id, new Conclusion(notice, "Kết luận Bímật", null, List.of(
                    new Conclusion.Requirement(targetId, "Yêu cầu Bímật", today.plusDays(30), null))), null);
            ids.put("inspectionId", id);
            // a review round of A: the cell's collective held, feedback on its member recorded, verified, assigned
            long round = reviews.open(new vn.chinhdon.review.NewRound(a, "Kiểm điểm Bímật", "YEAR",
                    String.valueOf(today.getYear()), today.withDayOfYear(1), today, 1, today.plusDays(30), null, null)).id();
            var lines = reviews.reviewsOf(round, cell);
            reviews.hold(lines.get(0).id(), new vn.chinhdon.review.Session(today, 60, 1, 1, "Chủ trì Bímật", null,
                    "Báo cáo Bímật", "Kết luận Bímật", List.of(), List.of()), null);
            long review = lines.get(1).id();
            reviews.suggest(review, "Gợi ý Bímật", today);
            long feedback = reviews.addFeedback(review, new vn.chinhdon.review.NewFeedback("PEOPLE", "Người góp ý Bímật",
                    "Góp ý Bímật", List.of("G1.1"), today)).id();
            reviews.verify(feedback, "SUBSTANTIATED", "Xác minh Bímật", null);
            reviews.assign(feedback, "EXPLAIN", today.plusDays(10));
            ids.put("reviewRoundId", round);
            ids.put("reviewId", review);
            ids.put("feedbackId", feedback);
            ids.put("programId", program);
            ids.put("targetId", targetId);
            ids.put("delegateId", delegateId);
            ids.put("recId", recId);
            ids.put("unitKind", "PROVINCIAL");
            // conduct: an expression identified in A, its remedy plan accepted (a follow-up task), a commitment checked
            ids.put("expressionId", conduct.identify(new NewExpression(a, today.getYear(), List.of("G1.5"),
                    "Biểu hiện Bímật", "Căn cứ Bímật", "Kiểm điểm Bímật", "Biên bản Bímật", null, "Chi ủy Bímật")).id());
            long plan = conduct.record(new NewRemedyPlan(a, null, today.getYear(), "Kế hoạch Bímật", null, "01-KH/Bímật",
                    List.of(new NewRemedyPlan.Item("Việc Bímật", List.of("G1.5"), today.plusDays(60))))).id();
            conduct.accept(plan, null, null);
            ids.put("planId", plan);
            long commitment = commitments.record(new NewCommitment(memberId, cell, today.getYear(), List.of("G1.5"),
                    List.of("Cam kết Bímật"), null, null)).id();
            commitments.check(commitment, CommitmentOutcome.PARTLY, "Nhận xét Bímật");
            ids.put("commitmentId", commitment);
            long season = evaluations.open(new vn.chinhdon.evaluation.NewSeason(a, "Xếp loại Bímật", 2025, null, null,
                    today, null)).id();
            long rating = evaluationQueries.ratings(season, cell, null, false, null, 0).items().stream()
                    .filter(r -> r.memberId() == null).findFirst().orElseThrow().id();
            evaluations.selfAssess(rating, new vn.chinhdon.evaluation.RatingCommand("GOOD", java.math.BigDecimal.valueOf(80),
                    "Tự đánh giá Bímật", null, null, null, null, null));
            ids.put("seasonId", season);
            ids.put("ratingId", rating);
            // discipline: the member warned, with a complaint; the province reprimanded
            long discipline = disciplines.record(new vn.chinhdon.conduct.NewDiscipline(memberId, null, "WARNING", null, a,
                    "Ủy ban Kiểm tra Bímật", "01-QĐ/Bímật", today.minusDays(5), null, "Vi phạm Bímật", false)).id();
            disciplines.complain(discipline, today, null);
            disciplines.record(new vn.chinhdon.conduct.NewDiscipline(null, a, "REPRIMAND", null, a, "Ban Thường vụ Bímật",
                    "02-QĐ/Bímật", today.minusDays(3), null, "Vi phạm tổ chức Bímật", false));
            ids.put("disciplineId", discipline);
        });
        account("COMMITTEE_STAFF", a); // a user of A, whose account an outsider must not read
        ids.put("userId", jdbc.sql("select user_id from user_grant where unit_id = (select id from org_unit where code = ?)")
                .param(a).query(Long.class).list().get(0));
        RequestPostProcessor outsider = account("ORGANIZATION_BOARD", p + "-B");
        String fingerprint = fingerprint();

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", a);
        body.put("code", a);
        body.put("version", 0);
        body.put("units", List.of(Map.of("code", p + "-X", "name", "Chi bộ lạ", "kind", "SUBORDINATE_CELL",
                "parentCode", cell, "validFrom", "2024-01-01")));
        body.put("members", List.of(Map.of("fullName", "Người Lạ", "gender", "Nam", "birthDate", "1980-01-01",
                "admissionDate", "2005-01-01", "unitCode", cell)));
        body.put("effectiveDate", "2025-07-01");
        body.put("decision", "1-QĐ/TW");
        body.put("operations", List.of(Map.of("type", "RENAME", "unit", a, "name", "Đổi tên"),
                Map.of("type", "DISSOLVE", "unit", cell)));
        body.put("label", "2025–2030");
        body.put("startsOn", "2025-10-01");
        body.put("endsOn", "2026-01-01");
        body.put("memberId", ids.get("memberId"));
        body.put("position", "SECRETARY");
        body.put("head", true);
        body.put("date", "2026-01-01");
        body.put("status", "DECEASED");
        body.put("fullName", "Đổi Tên");
        body.put("gender", "Nam");
        body.put("birthDate", "1970-01-01");
        body.put("admissionDate", "1995-01-01");
        body.put("role", "ADMIN");
        body.put("enabled", false);
        body.put("username", "leak" + p);
        body.put("password", "password-123");
        body.put("displayName", "Kẻ lạ");
        body.put("grants", List.of(Map.of("role", "ADMIN")));
        body.put("number", "09-KH/TU");
        body.put("issuerUnitCode", a);
        body.put("issuedOn", "2024-01-01");
        body.put("title", "Văn bản lạ");
        body.put("toId", ids.get("documentId"));
        body.put("kind", "IMPLEMENTS");
        body.put("implements", List.of(ids.get("documentId")));
        body.put("evidence", "Minh chứng lạ");
        body.put("reason", "Trả lại lạ");
        body.put("remark", "Xác nhận lạ");
        body.put("body", "COMMISSION");
        body.put("year", 2026);
        body.put("programId", ids.get("programId"));
        body.put("periodFrom", "2024-01-01");
        body.put("periodTo", "2024-12-31");
        body.put("targetUnitCodes", List.of(cell));
        body.put("targetMemberIds", List.of(ids.get("memberId")));
        body.put("unitCodes", List.of(cell));
        body.put("memberIds", List.of(ids.get("memberId")));
        body.put("level", "GOOD");
        body.put("score", 80);
        body.put("decisionNumber", "99-QĐ/TU");
        body.put("acknowledgement", "Xem xét lạ");
        body.put("documentIds", List.of(ids.get("documentId")));
        body.put("targetId", ids.get("targetId"));
        body.put("step", "FOLLOW_UP");
        body.put("decisionDocumentId", ids.get("documentId"));
        body.put("documentId", ids.get("documentId"));
        body.put("text", "Nội dung lạ");
        body.put("answer", "Trả lời lạ");
        body.put("toUnitCode", a);
        body.put("days", 1);
        body.put("workingDays", false);
        body.put("basis", "Căn cứ lạ");
        body.put("cellCode", cell);
        body.put("codes", List.of("G1.1"));
        body.put("wording", "Biểu hiện lạ");
        body.put("sourceKind", "Nguồn lạ");
        body.put("identifiedBy", "Người lạ");
        body.put("identifiedOn", "2024-01-01");
        body.put("adoptedOn", "2024-01-01");
        body.put("acceptedOn", "2024-01-02");
        body.put("signedOn", "2024-01-01");
        body.put("items", List.of(Map.of("text", "Việc lạ", "codes", List.of("G1.1"), "deadline", "2024-12-31")));
        body.put("actions", List.of("Cam kết lạ"));
        body.put("outcome", "KEPT");
        body.put("note", "Nhận xét lạ");
        body.put("form", "REPRIMAND");
        body.put("decidingUnitCode", a);
        body.put("decidingBody", "Cơ quan lạ");
        body.put("decisionNumber", "99-QĐ/Lạ");
        body.put("decidedOn", "2024-01-01");
        body.put("violation", "Vi phạm lạ");
        body.put("complainedOn", "2024-02-01");
        String jsonBody = json.writeValueAsString(body);
        String csv = "cardNumber,fullName,gender,birthDate,admissionDate,officialDate,unitCode,code,name,kind,parentCode,validFrom\n"
                + "LEAK1,Người Lạ,Nam,01/01/1980,01/01/2005,," + cell + "," + p + "-Y,Chi bộ lạ,SUBORDINATE_CELL," + cell
                + ",2024-01-01\n";

        Map<String, String> query = new LinkedHashMap<>();
        query.put("unitCode", a);
        query.put("parentCode", a);
        query.put("code", a);
        query.put("q", "bimat");
        query.put("role", "ORGANIZATION_BOARD");
        query.put("memberId", String.valueOf(ids.get("memberId")));
        List<EndpointWalk.Call> calls = EndpointWalk.walk(mvc, mappings, pattern -> fill(pattern, a, ids), query,
                Map.of("q", "bimat", "parentCode", a), jsonBody, body, csv, outsider);
        int called = calls.size();
        List<String> failures = new ArrayList<>();
        for (EndpointWalk.Call c : calls) {
            if (c.content().contains("Bímật") || c.content().contains(SECRET_CARD)) {
                failures.add(c + " leaks: " + c.content().substring(0, Math.min(300, c.content().length())));
            }
            if (c.status() >= 500) {
                failures.add(c.toString());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(called).as("endpoints called").isGreaterThanOrEqualTo(20);
        assertThat(fingerprint()).as("nothing changed in the database").isEqualTo(fingerprint);
    }

    private static String fill(String pattern, String unitCode, Map<String, Object> ids) {
        Matcher m = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object value = name.equals("code") || name.equals("unitCode") ? unitCode
                    : name.equals("id") && pattern.contains("/documents") ? ids.get("documentId")
                    : name.equals("id") && pattern.contains("/users") ? ids.get("userId")
                    : name.equals("id") && pattern.contains("/follow-ups") ? ids.get("followUpId")
                    : name.equals("id") && pattern.contains("/inspections") ? ids.get("inspectionId")
                    : name.equals("id") && pattern.contains("/inspection-programs") ? ids.get("programId")
                    : name.equals("id") && (pattern.contains("/review-rounds") || pattern.contains("/reviews/rounds"))
                            ? ids.get("reviewRoundId")
                    : name.equals("id") && pattern.contains("/review-feedback") ? ids.get("feedbackId")
                    : name.equals("id") && pattern.contains("/reviews") ? ids.get("reviewId")
                    : name.equals("id") && pattern.contains("/expressions") ? ids.get("expressionId")
                    : name.equals("id") && pattern.contains("/remedy-plans") ? ids.get("planId")
                    : name.equals("id") && pattern.contains("/commitments") ? ids.get("commitmentId")
                    : name.equals("id") && pattern.contains("/evaluation-seasons") ? ids.get("seasonId")
                    : name.equals("id") && pattern.contains("/ratings") ? ids.get("ratingId")
                    : name.equals("id") && pattern.contains("/disciplines") ? ids.get("disciplineId")
                    : name.equals("number") ? 1
                    : ids.getOrDefault(name, ids.get("id"));
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every business table, in a stable order (audit lines and failed logins aside). */
    private String fingerprint() {
        StringBuilder s = new StringBuilder();
        for (String table : List.of("org_unit", "org_unit_state", "org_unit_lineage", "restructuring", "member",
                "member_assignment", "member_status_change", "committee_term", "committee_position", "app_user",
                "user_grant", "document", "document_relation", "document_attachment", "doc_abbreviation", "follow_up",
                "follow_up_event", "follow_up_file", "follow_up_notice", "working_day_override", "inspection_time_limit",
                "inspection_program", "inspection", "inspection_target", "inspection_document", "inspection_delegate",
                "inspection_step", "inspection_diary", "inspection_finding", "inspection_recommendation",
                "inspection_requirement", "degradation_catalogue", "degradation_catalogue_entry", "conduct_expression",
                "remedy_plan", "remedy_plan_item", "commitment",
                "review_round", "review_subject", "review_suggestion", "review_feedback", "review_assignment",
                "review_citation", "review_remedy", "evaluation_rule_set", "evaluation_score_band", "evaluation_cap",
                "evaluation_org_rule", "evaluation_season", "evaluation_rating", "evaluation_step", "evidence_entry", "discipline", "planning_rule")) {
            s.append(table).append(':').append(jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
                    + table + " t").query(String.class).single()).append(';');
        }
        return s.toString();
    }
}
