package vn.chinhdon.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.platform.ValidationException;

/**
 * A province's inspection commission follows up a district's remedy: each transition and each refusal, late
 * as of a date, counts, reminders and escalation once a day, and nothing of another province.
 */
class FollowUpApiTest extends IntegrationTest {

    @Autowired
    FollowUpManagement followUps;

    @Autowired
    FollowUpReminders reminders;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    /** Today in the application's time zone (Vietnam), which is not the machine's date in the evening UTC. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String p;
    private RequestPostProcessor districtStaff;
    private RequestPostProcessor commission;
    private RequestPostProcessor outsider;

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    @BeforeEach
    void tree() {
        p = unique("fu");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, FROM),
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Long An", "PROVINCIAL", p + "-R", FROM),
                new UnitImportRow(p + "-D", "Đảng bộ thành phố Tân An", "DIRECTLY_UNDER", p + "-P", FROM),
                new UnitImportRow(p + "-C", "Đảng bộ Phường 1", "GRASSROOTS_COMMITTEE", p + "-D", FROM),
                new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", p + "-R", FROM)), 1));
        districtStaff = account("COMMITTEE_STAFF", p + "-D");
        commission = account("INSPECTION_COMMISSION", p + "-P");
        outsider = account("COMMITTEE_STAFF", p + "-Q");
    }

    private long open(String owner, LocalDate opened, LocalDate deadline, String label) {
        long[] id = new long[1];
        asSystem(() -> id[0] = followUps.open(new NewFollowUp(new Source(SourceKind.INSPECTION, 7L, label), p + owner,
                null, p + "-P", "Khắc phục việc kiểm điểm còn hình thức, nêu ưu điểm nhiều", deadline, null, opened, 5)).id());
        return id[0];
    }

    private ResultActions post(String url, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void openSubmitSendBackSubmitVerifyEachDatedAndAttributed() throws Exception {
        long id = open("-D", today().minusDays(3), today().plusDays(30), "Kết luận kiểm tra số 1");
        String task = "/api/v1/follow-ups/" + id;
        mvc.perform(get(task).with(commission)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN")).andExpect(jsonPath("$.ownerCode").value(p + "-D"))
                .andExpect(jsonPath("$.source.kind").value("INSPECTION")).andExpect(jsonPath("$.late").value(false));

        // skipping a state: nothing to verify or send back before a submission
        post(task + "/verification", commission, "{}").andExpect(status().isConflict());
        post(task + "/send-back", commission, "{\"reason\": \"Chưa đủ\"}").andExpect(status().isConflict());
        // the verifier unit does not submit for the owner; the owner does not verify
        post(task + "/submission", commission, "{\"evidence\": \"Đã làm\"}").andExpect(status().isForbidden());
        // nothing submitted: text or a file is required
        post(task + "/submission", districtStaff, "{\"evidence\": \"  \"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Cần nêu kết quả khắc phục hoặc đính kèm ít nhất một tệp minh chứng."));

        mvc.perform(multipart(task + "/files").file(new MockMultipartFile("file", "bien-ban.txt", "text/plain",
                "Biên bản kiểm điểm lại".getBytes(StandardCharsets.UTF_8))).with(districtStaff))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.files[0].filename").value("bien-ban.txt"));
        long fileId = ((Number) com.jayway.jsonpath.JsonPath.read(mvc.perform(get(task).with(commission)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8), "$.files[0].id")).longValue();
        mvc.perform(get(task + "/files/" + fileId).with(commission)).andExpect(status().isOk())
                .andExpect(content().bytes("Biên bản kiểm điểm lại".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get(task + "/files/" + fileId).with(outsider)).andExpect(status().isNotFound());

        post(task + "/submission", districtStaff, "{\"evidence\": \"Đã tổ chức kiểm điểm lại\", \"version\": 1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
        // submitted already; stale version
        post(task + "/submission", districtStaff, "{\"evidence\": \"Lần nữa\"}").andExpect(status().isConflict());
        post(task + "/verification", commission, "{\"version\": 0}").andExpect(status().isConflict());
        // sending back needs a reason
        post(task + "/send-back", commission, "{\"reason\": \"\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Cần ghi rõ lý do trả lại."));
        post(task + "/send-back", commission, "{\"reason\": \"Biên bản chưa có chữ ký của chủ trì\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SENT_BACK"))
                .andExpect(jsonPath("$.round").value(2));
        post(task + "/submission", districtStaff, "{\"evidence\": \"Bổ sung biên bản có chữ ký\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
        post(task + "/verification", commission, "{\"remark\": \"Đạt yêu cầu\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("VERIFIED"))
                .andExpect(jsonPath("$.history[*].action").value(contains("OPENED", "SUBMITTED", "SENT_BACK", "SUBMITTED", "VERIFIED")))
                .andExpect(jsonPath("$.history[2].note").value("Biên bản chưa có chữ ký của chủ trì"))
                .andExpect(jsonPath("$.history[4].occurredOn").value(today().toString()));
        // verified is final
        post(task + "/send-back", commission, "{\"reason\": \"Xem lại\"}").andExpect(status().isConflict());
        mvc.perform(multipart(task + "/files").file(new MockMultipartFile("file", "x.txt", "text/plain", new byte[] {1}))
                .with(districtStaff)).andExpect(status().isConflict());
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'FOLLOW_UP' and entity_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("FOLLOW_UP_OPENED",
                        "FOLLOW_UP_FILE_ATTACHED", "FOLLOW_UP_SUBMITTED", "FOLLOW_UP_SENT_BACK", "FOLLOW_UP_SUBMITTED",
                        "FOLLOW_UP_VERIFIED");
        assertThat(jdbc.sql("select count(distinct actor) from follow_up_event where follow_up_id = ? and action <> 'OPENED'")
                .param(id).query(Long.class).single()).isEqualTo(2);
    }

    @Autowired
    vn.chinhdon.organization.MemberManagement members;

    @Test
    void theMemberResponsibleSubmitsTheirOwnTaskAndOnlyTheirs() throws Exception {
        asSystem(() -> members.importMembers(List.of(
                new vn.chinhdon.organization.MemberImportRow(null, "Trần Văn Khắc", "Nam", "1975-05-05", "2000-01-01", null,
                        p + "-C", null),
                new vn.chinhdon.organization.MemberImportRow(null, "Lê Thị Phục", "Nữ", "1980-06-06", "2003-01-01", null,
                        p + "-C", null)), 1));
        long[] ids = new long[2];
        asSystem(() -> {
            var found = members.search(p + "-C", null, null, 0, 10).items();
            ids[0] = found.stream().filter(m -> m.fullName().equals("Trần Văn Khắc")).findFirst().orElseThrow().id();
            ids[1] = found.stream().filter(m -> m.fullName().equals("Lê Thị Phục")).findFirst().orElseThrow().id();
        });
        String username = unique("dv");
        asSystem(() -> users.create(new vn.chinhdon.organization.UserManagement.NewUser(username, "password-1234",
                "Trần Văn Khắc", ids[0], List.of(new vn.chinhdon.organization.UserManagement.GrantRequest("MEMBER", p + "-C")))));
        RequestPostProcessor member = as(username);
        long[] tasks = new long[2];
        asSystem(() -> {
            for (int i = 0; i < 2; i++) {
                tasks[i] = followUps.open(new NewFollowUp(new Source(SourceKind.COMMITMENT, 40L + i, "Bản cam kết 2026"),
                        p + "-D", ids[i], p + "-P", "Khắc phục biểu hiện trong bản cam kết", today().plusDays(20), null,
                        null, null)).id();
            }
        });
        mvc.perform(get("/api/v1/follow-ups/" + tasks[0]).with(member)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerMemberName").value("Trần Văn Khắc")).andExpect(jsonPath("$.canSubmit").value(true));
        post("/api/v1/follow-ups/" + tasks[0] + "/submission", member, "{\"evidence\": \"Đã khắc phục, chi bộ nhận xét\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.history[1].actorName").value("Trần Văn Khắc"));
        // another member's task is not theirs: the cell-scoped grant does not cover the district owning it
        mvc.perform(get("/api/v1/follow-ups/" + tasks[1]).with(member)).andExpect(status().isNotFound());
        // a member outside the owner unit is refused when the task is opened
        asSystem(() -> assertThatThrownBy(() -> followUps.open(new NewFollowUp(new Source(SourceKind.COMMITMENT, 49L, "Cam kết"),
                p + "-Q", ids[0], p + "-Q", "Khắc phục", today().plusDays(20), null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationException.Problem::messageKey).containsExactly("error.followUp.memberNotInUnit")));
    }

    @Test
    void nobodyVerifiesTheirOwnSubmission() throws Exception {
        // the provincial committee staff may both deliver (over the district) and verify (for the province)
        RequestPostProcessor provincialStaff = account("COMMITTEE_STAFF", p + "-P");
        long id = open("-D", today(), today().plusDays(10), "Kết luận kiểm tra số 2");
        String task = "/api/v1/follow-ups/" + id;
        post(task + "/submission", provincialStaff, "{\"evidence\": \"Đã khắc phục\"}").andExpect(status().isOk());
        mvc.perform(get(task).with(provincialStaff)).andExpect(jsonPath("$.canVerify").value(false));
        post(task + "/verification", provincialStaff, "{}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Không được tự xác nhận hoặc trả lại minh chứng do chính mình nộp."));
        post(task + "/send-back", provincialStaff, "{\"reason\": \"Tự trả lại\"}").andExpect(status().isForbidden());
        mvc.perform(get(task).with(commission)).andExpect(jsonPath("$.canVerify").value(true));
        post(task + "/verification", commission, "{}").andExpect(status().isOk());
    }

    @Test
    void aUserOfAnotherProvinceNeitherSeesNorChangesATask() throws Exception {
        long id = open("-C", today(), today().plusDays(10), "Kết luận kiểm tra số 3");
        String task = "/api/v1/follow-ups/" + id;
        mvc.perform(get(task).with(outsider)).andExpect(status().isNotFound());
        post(task + "/submission", outsider, "{\"evidence\": \"Lạ\"}").andExpect(status().isNotFound());
        post(task + "/send-back", outsider, "{\"reason\": \"Lạ\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-P").with(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-R").with(outsider)).andExpect(status().isNotFound());
        // a task of the other province is never in this province's list, nor the other way round
        long theirs = open("-Q", today(), today().plusDays(10), "Kết luận của tỉnh khác");
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-Q").with(outsider))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) theirs)));
        RequestPostProcessor admin = admin();
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-P").param("state", "ALL").with(admin))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) id)));
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-P").with(commission))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(jdbc.sql("select state from follow_up where id = ?").param(id).query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void lateAsOfADateAndTheCountsOfASubtree() throws Exception {
        long late = open("-C", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 10), "Kết luận 2026 số 1");
        long onTime = open("-D", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 10), "Kết luận 2026 số 2");
        long recent = open("-C", today(), today().plusDays(60), "Kết luận gần đây");
        post("/api/v1/follow-ups/" + onTime + "/submission", districtStaff, "{\"evidence\": \"Xong\"}").andExpect(status().isOk());
        post("/api/v1/follow-ups/" + onTime + "/verification", commission, "{}").andExpect(status().isOk());

        // on the deadline nothing is late; the day after, both are (the verification came later)
        mvc.perform(get("/api/v1/follow-ups/counts").param("unitCode", p + "-P").param("at", "2026-02-10").with(commission))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.late").value(0))
                .andExpect(jsonPath("$.open").value(2)).andExpect(jsonPath("$.verified").value(0));
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-P").param("state", "LATE").param("at", "2026-02-11")
                .with(commission)).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].daysLate").value(1));
        mvc.perform(get("/api/v1/follow-ups/" + late).param("at", "2026-02-10").with(commission))
                .andExpect(jsonPath("$.late").value(false));
        mvc.perform(get("/api/v1/follow-ups/" + late).with(commission)).andExpect(jsonPath("$.late").value(true));
        // today: one late, one verified, one open and not due; the district's subtree has the cell's tasks too
        mvc.perform(get("/api/v1/follow-ups/counts").param("unitCode", p + "-P").with(commission))
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.late").value(1))
                .andExpect(jsonPath("$.verified").value(1)).andExpect(jsonPath("$.open").value(2))
                .andExpect(jsonPath("$.percentVerified").value(33.3));
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-D").with(districtStaff))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) late, (int) recent)));
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-P").param("state", "VERIFIED").with(commission))
                .andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-P").param("state", "DONE").with(commission))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value("Bộ lọc trạng thái „DONE“ không hợp lệ."));
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-P").param("sourceKind", "PETITION").with(commission))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void remindersBeforeTheDeadlineAndEscalationToTheSuperiorRunOnce() {
        // deadline Friday 13/02/2026 (before Tết Bính Ngọ); reminder 3 working days before
        long[] ids = new long[2];
        asSystem(() -> {
            ids[0] = followUps.open(new NewFollowUp(new Source(SourceKind.REVIEW, 11L, "Kiểm điểm 2025"), p + "-C", null,
                    p + "-P", "Khắc phục hạn chế", LocalDate.of(2026, 2, 13), null, LocalDate.of(2026, 1, 5), 3)).id();
            ids[1] = followUps.open(new NewFollowUp(new Source(SourceKind.REVIEW, 12L, "Kiểm điểm 2025"), p + "-C", null,
                    p + "-P", "Khắc phục hạn chế khác", null, 20, LocalDate.of(2026, 1, 5), 3)).id();
        });
        asSystem(() -> assertThat(followUps.task(ids[1], null).deadline()).isEqualTo(LocalDate.of(2026, 2, 2)));
        // Monday 09/02: 4 working days before → nothing for the first; the second is late by then
        FollowUpReminders.Result monday = reminders.run(LocalDate.of(2026, 2, 9));
        assertThat(monday.ran()).isTrue();
        assertThat(notices(ids[0])).isEmpty();
        assertThat(notices(ids[1])).containsExactly("ESCALATION " + p + "-D");
        // Tuesday 10/02: 3 working days before → a reminder to the owner; a second run of the day does nothing
        assertThat(reminders.run(LocalDate.of(2026, 2, 10)).ran()).isTrue();
        assertThat(reminders.run(LocalDate.of(2026, 2, 10))).extracting(FollowUpReminders.Result::ran).isEqualTo(false);
        assertThat(notices(ids[0])).containsExactly("REMINDER " + p + "-C");
        // late after Tết: escalated once, to the owner's superior
        reminders.run(LocalDate.of(2026, 2, 23));
        reminders.run(LocalDate.of(2026, 2, 24));
        assertThat(notices(ids[0])).containsExactly("ESCALATION " + p + "-D", "REMINDER " + p + "-C");
        assertThat(jdbc.sql("select count(*) from job_run where job = ? and run_key = '2026-02-10'")
                .param(FollowUpReminders.JOB).query(Long.class).single()).isEqualTo(1);
        // the superior's staff see the escalation among their notices; another province does not
        var notices = new java.util.ArrayList<FollowUpReminders.Notice>();
        asSystem(() -> notices.addAll(reminders.notices(LocalDate.of(2026, 2, 1))));
        assertThat(notices).extracting(FollowUpReminders.Notice::followUpId).contains(ids[0], ids[1]);
    }

    private List<String> notices(long id) {
        return jdbc.sql("""
                select n.kind || ' ' || u.code from follow_up_notice n join org_unit u on u.id = n.unit_id
                where n.follow_up_id = ? order by n.kind""").param(id).query(String.class).list();
    }

    @Test
    void openingIsValidatedInVietnameseAndNeedsTheVerifiersGrant() {
        asSystem(() -> assertThatThrownBy(() -> followUps.open(new NewFollowUp(new Source(SourceKind.INSPECTION, null, " "),
                p + "-D", null, p + "-P", " ", LocalDate.of(2026, 1, 1), null, LocalDate.of(2026, 2, 1), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationException.Problem::field)
                        .containsExactly("source.id", "source.label", "description", "deadline")));
        assertThatThrownBy(() -> asUser("HEAD", p + "-P", () -> followUps.open(new NewFollowUp(
                new Source(SourceKind.INSPECTION, 1L, "Kết luận"), p + "-C", null, p + "-P", "Khắc phục",
                today().plusDays(5), null, null, null))))
                .hasMessage("error.followUp.notVerifier");
    }

    @Test
    void validationProblemsReadInVietnameseThroughTheApi() throws Exception {
        long id = open("-D", today(), today().plusDays(10), "Kết luận kiểm tra số 4");
        post("/api/v1/follow-ups/" + id + "/submission", districtStaff, "{\"evidence\": \"" + "x".repeat(8001) + "\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].message").value("Dài quá 8000 ký tự."));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/follow-ups/" + id + "/send-back").with(commission).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A task cannot go from OPEN to SENT_BACK."));
    }

    /** Runs the work as a new account with one grant (the facade reads the caller from the security context). */
    private void asUser(String role, String unitCode, Runnable work) {
        String username = unique("u");
        asSystem(() -> users.create(new vn.chinhdon.organization.UserManagement.NewUser(username, "password-1234",
                "Người dùng thử", null, List.of(new vn.chinhdon.organization.UserManagement.GrantRequest(role, unitCode)))));
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
