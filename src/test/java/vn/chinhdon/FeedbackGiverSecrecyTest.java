package vn.chinhdon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.review.NewFeedback;
import vn.chinhdon.review.NewRound;
import vn.chinhdon.review.ReviewManagement;
import vn.chinhdon.review.Session;

/**
 * Who gave a piece of feedback stays unknown to the member it is about, by every endpoint of the application
 * (found by reflection, as in {@link NoLeakAcrossUnitsTest}) — even when that member sits on the organization board
 * — and to administrators, the cell's secretary and the ward's staff; the board that recorded it reads it.
 */
class FeedbackGiverSecrecyTest extends IntegrationTest {

    private static final String GIVER = "Bà Giấukín Thị Nguồn";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Test
    void noEndpointTellsTheSubjectWhoGaveTheFeedback() throws Exception {
        String p = unique("gv");
        LocalDate from = LocalDate.of(2015, 1, 1);
        LocalDate today = LocalDate.now(clock);
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, from),
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Thái Bình", "PROVINCIAL", p + "-R", from),
                new UnitImportRow(p + "-W", "Đảng bộ phường Kỳ Bá", "GRASSROOTS_COMMITTEE", p + "-P", from),
                new UnitImportRow(p + "-C", "Chi bộ tổ dân phố 5", "SUBORDINATE_CELL", p + "-W", from)), 1));
        asSystem(() -> members.importMembers(List.of(
                new MemberImportRow(null, "Đinh Thị Hạnh", "Nữ", "1971-03-0" + (1 + p.length() % 8), "2000-01-01",
                        "2001-01-01", p + "-C", null),
                new MemberImportRow(null, "Mai Văn Tùng", "Nam", "1968-05-0" + (1 + p.length() % 8), "2000-01-01",
                        "2001-01-01", p + "-C", null)), 1));
        long[] memberId = new long[1];
        asSystem(() -> memberId[0] = members.search(p + "-C", "Hạnh", null, 0, 5).items().get(0).id());
        RequestPostProcessor board = account("ORGANIZATION_BOARD", p + "-P");
        // ids of the round, the member's review, her feedback (unverified, unfounded, substantiated and assigned)
        Map<String, Object> ids = new LinkedHashMap<>();
        String boardName = unique("b");
        asSystem(() -> users.create(new UserManagement.NewUser(boardName, "password-1234", "Ban Tổ chức", null,
                List.of(new UserManagement.GrantRequest("ORGANIZATION_BOARD", p + "-P")))));
        runAs(boardName, () -> {
            long round = reviews.open(new NewRound(p + "-W", "Kiểm điểm năm", "YEAR", String.valueOf(today.getYear()),
                    LocalDate.of(today.getYear(), 1, 1), today, 1, today.plusDays(20), null, null)).id();
            long collective = reviews.reviewsOf(round, p + "-C").stream().filter(l -> l.collective()).findFirst()
                    .orElseThrow().id();
            long review = reviews.reviewsOf(round, p + "-C").stream().filter(l -> "Đinh Thị Hạnh".equals(l.memberName()))
                    .findFirst().orElseThrow().id();
            long unverified = reviews.addFeedback(review, new NewFeedback("PEOPLE", GIVER, "Ý kiến chưa xác minh",
                    List.of(), today)).id();
            long unfounded = reviews.addFeedback(review, new NewFeedback("MEMBER", GIVER, "Ý kiến không có cơ sở",
                    List.of(), today)).id();
            long founded = reviews.addFeedback(review, new NewFeedback("RESIDENCE_CELL", GIVER, "Ý kiến có cơ sở",
                    List.of("G1.5"), today)).id();
            reviews.verify(unfounded, "UNFOUNDED", "Đã xác minh", null);
            reviews.verify(founded, "SUBSTANTIATED", "Đã xác minh", null);
            long task = reviews.assign(founded, "EXPLAIN", today.plusDays(10)).assignments().get(0).followUpId();
            reviews.hold(collective, new Session(today, 90, null, null, "Bí thư", null, "Báo cáo", null, List.of(),
                    List.of()), null);
            ids.put("round", round);
            ids.put("review", review);
            ids.put("feedback", founded);
            ids.put("unverified", unverified);
            ids.put("task", task);
        });
        // the board reads the giver: the secret is there to be kept
        assertThat(json.writeValueAsString(readAsBoard(board, (Long) ids.get("review")))).contains(GIVER);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", p + "-W");
        body.put("text", "Ý kiến mới");
        body.put("evidence", "Giải trình của tôi");
        body.put("answer", "Trả lời");
        body.put("outcome", "SUBSTANTIATED");
        body.put("verification", "Tự xác minh");
        body.put("kind", "EXPLAIN");
        body.put("deadline", today.plusDays(5).toString());
        body.put("sourceKind", "PEOPLE");
        body.put("giver", "Người khác");
        body.put("report", "Bản tự kiểm điểm");
        body.put("chair", "Chủ trì");
        body.put("finalReport", "Báo cáo");
        body.put("additions", "Bổ sung");
        body.put("version", 0);
        String jsonBody = json.writeValueAsString(body);
        // a search for the giver by name: the pages echo the query, never the giver
        Map<String, String> query = Map.of("unitCode", p + "-C", "q", "Giấukín", "at", today.toString());
        // the member herself, alone and as a member of the province's board; an administrator; her cell's secretary;
        // the ward's staff
        String herself = unique("hanh");
        asSystem(() -> users.create(new UserManagement.NewUser(herself, "password-1234", "Đinh Thị Hạnh", memberId[0],
                List.of(new UserManagement.GrantRequest("MEMBER", p + "-C")))));
        String herselfOnBoard = unique("hanhbtc");
        asSystem(() -> users.create(new UserManagement.NewUser(herselfOnBoard, "password-1234", "Đinh Thị Hạnh", memberId[0],
                List.of(new UserManagement.GrantRequest("ORGANIZATION_BOARD", p + "-P")))));
        Map<String, RequestPostProcessor> callers = new LinkedHashMap<>();
        callers.put("the member", as(herself));
        callers.put("the member on the board", as(herselfOnBoard));
        callers.put("an administrator", admin());
        callers.put("the cell's secretary", account("CELL_SECRETARY", p + "-C"));
        callers.put("the ward's staff", account("COMMITTEE_STAFF", p + "-W"));
        List<String> leaks = new ArrayList<>();
        List<String> ownReview = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, RequestPostProcessor> caller : callers.entrySet()) {
            for (EndpointWalk.Call c : EndpointWalk.walk(mvc, mappings, pattern -> fill(pattern, ids, p), query,
                    Map.of("q", "Giấukín"), jsonBody, body, "fullName\nx\n", caller.getValue())) {
                calls++;
                if (caller.getKey().equals("the member on the board") && c.method().equals("POST")
                        && c.path().startsWith("/api/v1/review")) {
                    ownReview.add(c.path().replaceAll("/\\d+", "/{id}") + " " + c.status());
                }
                if (c.content().contains(GIVER)) {
                    leaks.add(caller.getKey() + ": " + c);
                }
                if (c.status() >= 500) {
                    leaks.add(caller.getKey() + ": " + c + " failed");
                }
            }
        }
        assertThat(leaks).isEmpty();
        // on the board, she still cannot record, verify, assign or suggest anything about her own review
        assertThat(ownReview).contains("/api/v1/reviews/{id}/feedback 403", "/api/v1/reviews/{id}/session 403",
                "/api/v1/reviews/{id}/suggestions 403", "/api/v1/review-feedback/{id}/verification 403",
                "/api/v1/review-feedback/{id}/assignments 403");
        assertThat(calls).as("endpoints called").isGreaterThanOrEqualTo(100);
        // and she did see her review: the walk reached it
        assertThat(json.writeValueAsString(asUserRead(herself, (Long) ids.get("review")))).contains("Ý kiến có cơ sở");
    }

    private Object readAsBoard(RequestPostProcessor board, long review) throws Exception {
        return json.readValue(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/reviews/" + review).with(board)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8), Object.class);
    }

    private Object asUserRead(String username, long review) throws Exception {
        return readAsBoard(as(username), review);
    }

    /** Path variables: the round, the review, the feedback or the follow-up task, by the path they appear in. */
    private static String fill(String pattern, Map<String, Object> ids, String p) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object value = name.equals("code") || name.equals("unitCode") ? p + "-C"
                    : pattern.contains("round") ? ids.get("round")
                    : pattern.contains("review-feedback") || pattern.contains("/reviews/feedback") ? ids.get("feedback")
                    : pattern.contains("follow-ups") ? ids.get("task")
                    : ids.get("review");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Runs the work as an account (so that the board's grants apply). */
    private void runAs(String username, Runnable work) {
        Object[] user = new Object[1];
        asSystem(() -> user[0] = users.loadUserByUsername(username));
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user[0], null, List.of()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
