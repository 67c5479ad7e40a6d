package vn.chinhdon.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;

/**
 * Party discipline through the API: the forms allowed for a full member, a probationary member and an organization;
 * the deciding unit at or above the subject's; the lapse 12 months after the announcement, moved by a complaint,
 * blocked by a new discipline, never for an expulsion, ended by an annulment; every problem of a bad decision at once
 * with nothing saved; the event published whenever a decision's end changes; and none of it for another province.
 */
@RecordApplicationEvents
class DisciplineApiTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final AtomicInteger BIRTHDAYS = new AtomicInteger();

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;


    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    private record Who(String username, RequestPostProcessor as) {
    }

    private String p;
    private LocalDate today;
    private Who commission;
    private Who districtStaff;
    private Who board;
    private Who an;
    private Who outsider;
    private final Map<String, Long> member = new LinkedHashMap<>();

    /**
     * A province (P) with a district (D), a commune (C) and its cell (C1: An and Cường, full members; Bình, probationary);
     * another province (Q). The province's inspection commission, the district's committee staff and organization
     * board, An's own account, and the staff of Q.
     */
    @BeforeEach
    void tree() {
        p = unique("dk");
        today = LocalDate.now(clock);
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, FROM),
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh An Giang", "PROVINCIAL", p + "-R", FROM),
                new UnitImportRow(p + "-D", "Đảng bộ huyện Giang Thành", "DIRECTLY_UNDER", p + "-P", FROM),
                new UnitImportRow(p + "-C", "Đảng bộ xã Phú Mỹ", "GRASSROOTS_COMMITTEE", p + "-D", FROM),
                new UnitImportRow(p + "-C1", "Chi bộ ấp Trà Phô", "SUBORDINATE_CELL", p + "-C", FROM),
                new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", p + "-R", FROM),
                new UnitImportRow(p + "-Q1", "Chi bộ Khác", "GRASSROOTS_CELL", p + "-Q", FROM)), 1));
        LocalDate born = LocalDate.of(1961, 3, 1).plusDays(BIRTHDAYS.incrementAndGet() * 11L);
        asSystem(() -> members.importMembers(List.of(
                new MemberImportRow(null, "Nguyễn Văn An", "Nam", born.toString(), "2000-01-01", "2001-01-01", p + "-C1",
                        null),
                new MemberImportRow(null, "Trần Thị Bình", "Nữ", born.toString(), today.minusMonths(6).toString(), null,
                        p + "-C1", null),
                new MemberImportRow(null, "Lê Văn Cường", "Nam", born.toString(), "2000-01-01", "2001-01-01", p + "-C1",
                        null)), 1));
        asSystem(() -> members.search(p + "-P", null, null, 0, 50).items().forEach(m -> member.put(m.fullName(), m.id())));
        commission = who("INSPECTION_COMMISSION", p + "-P", null);
        districtStaff = who("COMMITTEE_STAFF", p + "-D", null);
        board = who("ORGANIZATION_BOARD", p + "-D", null);
        an = who("MEMBER", p + "-C1", member.get("Nguyễn Văn An"));
        outsider = who("COMMITTEE_STAFF", p + "-Q", null);
    }

    private Who who(String role, String unitCode, Long memberId) {
        String username = unique("u");
        asSystem(() -> users.create(new UserManagement.NewUser(username, "password-1234", "Cán bộ " + username, memberId,
                List.of(new UserManagement.GrantRequest(role, unitCode)))));
        return new Who(username, as(username));
    }


    private ResultActions post(String url, Who who, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(who.as()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private ResultActions read(String url, Who who) throws Exception {
        return mvc.perform(get(url).with(who.as()));
    }


    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.id")).longValue();
    }

    private static int counter;

    /** A decision about a member of the province's commission, decided and announced on the dates. */
    private Map<String, Object> ofMember(String name, String form, LocalDate decided, LocalDate announced) {
        return obj("memberId", member.get(name), "form", form, "decidingUnitCode", p + "-P", "decidingBody",
                "Ủy ban Kiểm tra Tỉnh ủy", "decisionNumber", (++counter) + "-QĐ/UBKTTU", "decidedOn", decided.toString(),
                "announcedOn", announced == null ? null : announced.toString(), "violation",
                "Vi phạm quy định về những điều đảng viên không được làm");
    }

    private Map<String, Object> ofUnit(String unit, String form) {
        return obj("unitCode", p + unit, "form", form, "decidingUnitCode", p + "-P", "decidingBody",
                "Ban Thường vụ Tỉnh ủy", "decisionNumber", (++counter) + "-QĐ/TU", "decidedOn",
                today.minusDays(10).toString(), "violation", "Buông lỏng lãnh đạo, để nhiều đảng viên vi phạm");
    }

    private long count() {
        return jdbc.sql("select count(*) from discipline").query(Long.class).single();
    }

    // ---- the forms ----

    @Test
    void aFullMemberMayReceiveEveryMembersFormAndRemovalNeedsThePostHeld() throws Exception {
        LocalDate d = today.minusDays(20);
        post("/api/v1/disciplines", commission, ofMember("Nguyễn Văn An", "REPRIMAND", d, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.form").value("REPRIMAND"))
                .andExpect(jsonPath("$.memberName").value("Nguyễn Văn An"))
                .andExpect(jsonPath("$.unitCode").value(p + "-C1"))
                .andExpect(jsonPath("$.unitName").value("Chi bộ ấp Trà Phô"))
                .andExpect(jsonPath("$.decidingUnitCode").value(p + "-P"))
                .andExpect(jsonPath("$.announcedOn").value(d.toString()))
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.lapse").value("LAPSES"))
                .andExpect(jsonPath("$.endsOn").value(d.plusMonths(12).toString()))
                .andExpect(jsonPath("$.canManage").value(true));
        post("/api/v1/disciplines", commission, ofMember("Nguyễn Văn An", "WARNING", d, null))
                .andExpect(status().isCreated());
        Map<String, Object> dismissal = ofMember("Nguyễn Văn An", "DISMISSAL", d, null);
        post("/api/v1/disciplines", commission, dismissal).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", contains("post")));
        dismissal.put("post", "Bí thư Chi bộ ấp Trà Phô");
        post("/api/v1/disciplines", commission, dismissal).andExpect(status().isCreated())
                .andExpect(jsonPath("$.form").value("DISMISSAL"))
                .andExpect(jsonPath("$.post").value("Bí thư Chi bộ ấp Trà Phô"));
        post("/api/v1/disciplines", commission, ofMember("Nguyễn Văn An", "EXPULSION", d, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lapse").value("NEVER"))
                .andExpect(jsonPath("$.endsOn").doesNotExist());
        post("/api/v1/disciplines", commission, ofMember("Nguyễn Văn An", "DISSOLUTION", d, null))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("form"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Đảng viên không bị kỷ luật bằng hình thức Giải tán")));
        read("/api/v1/disciplines/members/" + member.get("Nguyễn Văn An"), commission)
                .andExpect(jsonPath("$[*].form", containsInAnyOrder("REPRIMAND", "WARNING", "DISMISSAL", "EXPULSION")));
    }

    @Test
    void aProbationaryMemberOnlyReprimandOrWarning() throws Exception {
        LocalDate d = today.minusDays(5);
        for (String form : List.of("DISMISSAL", "EXPULSION")) {
            Map<String, Object> c = ofMember("Trần Thị Bình", form, d, null);
            c.put("post", "Phó Bí thư Chi đoàn");
            post("/api/v1/disciplines", commission, c).andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.errors[*].field", contains("form")))
                    .andExpect(jsonPath("$.errors[0].message", containsString("Trần Thị Bình là đảng viên dự bị")));
        }
        post("/api/v1/disciplines", commission, ofMember("Trần Thị Bình", "REPRIMAND", d, null))
                .andExpect(status().isCreated());
        post("/api/v1/disciplines", commission, ofMember("Trần Thị Bình", "WARNING", d, null))
                .andExpect(status().isCreated());
    }

    @Test
    void anOrganizationMayBeReprimandedWarnedOrDissolved() throws Exception {
        for (String form : List.of("REPRIMAND", "WARNING", "DISSOLUTION")) {
            post("/api/v1/disciplines", commission, ofUnit("-C", form)).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.form").value(form))
                    .andExpect(jsonPath("$.memberId").doesNotExist())
                    .andExpect(jsonPath("$.unitName").value("Đảng bộ xã Phú Mỹ"));
        }
        for (String form : List.of("DISMISSAL", "EXPULSION")) {
            post("/api/v1/disciplines", commission, ofUnit("-C", form)).andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.errors[*].field", contains("form")));
        }
        Map<String, Object> withPost = ofUnit("-C", "WARNING");
        withPost.put("post", "Bí thư");
        post("/api/v1/disciplines", commission, withPost).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", contains("post")));
        // the commune's own decisions; the dissolution never lapses
        read("/api/v1/disciplines/units/" + p + "-C", commission).andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[?(@.form == 'DISSOLUTION')].lapse").value(contains("NEVER")));
    }

    // ---- the lapse ----

    @Test
    void theLapseIsShownMovedByAComplaintBlockedByANewDisciplineAndEndedByAnAnnulment() throws Exception {
        // announced 13 months ago: lapsed a month ago
        LocalDate old = today.minusMonths(13);
        long lapsed = id(post("/api/v1/disciplines", commission, ofMember("Lê Văn Cường", "REPRIMAND", old.minusDays(3), old))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("LAPSED"))
                .andExpect(jsonPath("$.endsOn").value(old.plusMonths(12).toString())));
        // announced 11 months ago: in force for one more month
        LocalDate recent = today.minusMonths(11);
        long warning = id(post("/api/v1/disciplines", commission, ofMember("Nguyễn Văn An", "WARNING", recent, recent))
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.endsOn").value(recent.plusMonths(12).toString())));
        read("/api/v1/disciplines/in-force?unitCode=" + p + "-D", commission)
                .andExpect(jsonPath("$[*].id", contains((int) warning)));
        read("/api/v1/disciplines/in-force?unitCode=" + p + "-P&on=" + old.plusMonths(12).minusDays(1), commission)
                .andExpect(jsonPath("$[*].id", containsInAnyOrder((int) warning, (int) lapsed)));
        read("/api/v1/disciplines/in-force?unitCode=" + p + "-P&on=" + old.minusDays(4), commission)
                .andExpect(jsonPath("$", hasSize(0)));

        // a complaint holds the count; its resolution restarts it
        long version = ((Number) JsonPath.read(body(read("/api/v1/disciplines/" + warning, commission)), "$.version"))
                .longValue();
        post("/api/v1/disciplines/" + warning + "/complaint", commission, obj("complainedOn",
                recent.plusDays(10).toString(), "version", version)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lapse").value("COMPLAINT_PENDING"))
                .andExpect(jsonPath("$.endsOn").doesNotExist());
        post("/api/v1/disciplines/" + warning + "/complaint", commission, obj()).andExpect(status().isConflict());
        LocalDate resolved = recent.plusMonths(2);
        post("/api/v1/disciplines/" + warning + "/resolution", commission, obj("resolvedOn", resolved.toString(),
                "outcome", "UPHELD", "resolutionNumber", "20-QĐ/UBKTTW")).andExpect(status().isOk())
                .andExpect(jsonPath("$.resolution").value("UPHELD"))
                .andExpect(jsonPath("$.lapse").value("LAPSES"))
                .andExpect(jsonPath("$.endsOn").value(resolved.plusMonths(12).toString()));
        post("/api/v1/disciplines/" + warning + "/resolution", commission, obj("outcome", "ANNULLED"))
                .andExpect(status().isConflict());

        // a new discipline of An within those 12 months: the warning no longer lapses by itself
        long second = id(post("/api/v1/disciplines", commission, ofMember("Nguyễn Văn An", "REPRIMAND",
                today.minusDays(2), null)).andExpect(status().isCreated()));
        read("/api/v1/disciplines/" + warning, commission).andExpect(jsonPath("$.lapse").value("NEW_DISCIPLINE"))
                .andExpect(jsonPath("$.endsOn").doesNotExist()).andExpect(jsonPath("$.status").value("IN_FORCE"));
        // the new one annulled on a complaint: its effect ends, and the warning lapses again by itself
        post("/api/v1/disciplines/" + second + "/complaint", commission, obj("complainedOn", today.minusDays(1).toString()))
                .andExpect(status().isOk());
        post("/api/v1/disciplines/" + second + "/resolution", commission, obj("outcome", "ANNULLED", "note",
                "Không đủ căn cứ")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lapse").value("ANNULLED"))
                .andExpect(jsonPath("$.status").value("ANNULLED"))
                .andExpect(jsonPath("$.endsOn").value(today.toString()));
        read("/api/v1/disciplines/" + warning, commission).andExpect(jsonPath("$.lapse").value("LAPSES"))
                .andExpect(jsonPath("$.endsOn").value(resolved.plusMonths(12).toString()));

        // a complaint that changes the form: allowed for the subject, not the same one
        long third = id(post("/api/v1/disciplines", commission, ofMember("Lê Văn Cường", "WARNING", today.minusDays(3),
                null)));
        post("/api/v1/disciplines/" + third + "/complaint", commission, obj()).andExpect(status().isOk());
        post("/api/v1/disciplines/" + third + "/resolution", commission, obj("outcome", "CHANGED"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", contains("newForm")));
        post("/api/v1/disciplines/" + third + "/resolution", commission, obj("outcome", "CHANGED", "newForm",
                "DISSOLUTION", "resolvedOn", today.plusDays(1).toString())).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("resolvedOn", "newForm")));
        post("/api/v1/disciplines/" + third + "/resolution", commission, obj("outcome", "CHANGED", "newForm",
                "REPRIMAND")).andExpect(status().isOk())
                .andExpect(jsonPath("$.form").value("REPRIMAND"))
                .andExpect(jsonPath("$.originalForm").value("WARNING"))
                .andExpect(jsonPath("$.endsOn").value(today.plusMonths(12).toString()));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'DISCIPLINE' and entity_id = ?")
                .param(String.valueOf(warning)).query(Long.class).single()).as("recorded, complaint, resolution")
                .isEqualTo(3);
    }

    // ---- bad input ----

    @Test
    void everyProblemOfABadDecisionAtOnceAndNothingSaved() throws Exception {
        long before = count();
        post("/api/v1/disciplines", commission, obj("unitCode", p + "-C", "form", "CẢNH BÁO", "decidingUnitCode",
                p + "-C1", "decidingBody", " ", "decisionNumber", "", "decidedOn", today.plusDays(2).toString(),
                "violation", null))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("decidedOn", "decidingUnitCode", "form",
                        "decidingBody", "decisionNumber", "violation")));
        post("/api/v1/disciplines", commission, obj("memberId", member.get("Lê Văn Cường"), "decidingUnitCode", p + "-P",
                "decidedOn", today.minusDays(3).toString(), "announcedOn", today.minusDays(4).toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("announcedOn", "form", "decidingBody",
                        "decisionNumber", "violation")));
        post("/api/v1/disciplines", commission, obj("form", "REPRIMAND", "decidingUnitCode", p + "-P", "decidingBody", "x",
                "decisionNumber", "1-QĐ", "decidedOn", today.toString(), "violation", "x"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        // the same decision twice
        Map<String, Object> once = ofUnit("-C", "WARNING");
        post("/api/v1/disciplines", commission, once).andExpect(status().isCreated());
        post("/api/v1/disciplines", commission, once).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("decisionNumber"));
        assertThat(count()).isEqualTo(before + 1);
    }

    // ---- the event ----

    @Test
    void theEventIsPublishedWhenADecisionIsRecordedAndWhenItsEndChanges() throws Exception {
        LocalDate announced = today.minusMonths(3);
        long first = id(post("/api/v1/disciplines", commission, ofMember("Lê Văn Cường", "REPRIMAND", announced,
                announced)).andExpect(status().isCreated()));
        long cuong = member.get("Lê Văn Cường");
        long cell = jdbc.sql("select id from org_unit where code = ?").param(p + "-C1").query(Long.class).single();
        List<DisciplineRecorded> recorded = events.stream(DisciplineRecorded.class).toList();
        assertThat(recorded).hasSize(1);
        DisciplineRecorded e = recorded.get(0);
        assertThat(e.disciplineId()).isEqualTo(first);
        assertThat(e.memberId()).isEqualTo(cuong);
        assertThat(e.unitId()).isEqualTo(cell);
        assertThat(e.form()).isEqualTo("REPRIMAND");
        assertThat(e.decidedOn()).isEqualTo(announced);
        assertThat(e.endsOn()).isEqualTo(announced.plusMonths(12));
        assertThat(e.selfDetectedRemedied()).isFalse();
        assertThat(e.summary()).isEqualTo("Khiển trách — " + jdbc.sql("select decision_number from discipline where id = ?")
                .param(first).query(String.class).single());

        // a second one within 12 months: published, and the first one's end is gone (published again)
        events.clear();
        Map<String, Object> second = ofMember("Lê Văn Cường", "WARNING", today.minusDays(1), null);
        second.put("selfDetectedRemedied", true);
        long secondId = id(post("/api/v1/disciplines", commission, second).andExpect(status().isCreated()));
        assertThat(events.stream(DisciplineRecorded.class).map(DisciplineRecorded::disciplineId))
                .containsExactlyInAnyOrder(secondId, first);
        assertThat(events.stream(DisciplineRecorded.class).filter(x -> x.disciplineId() == first).findFirst().orElseThrow()
                .endsOn()).isNull();
        assertThat(events.stream(DisciplineRecorded.class).filter(x -> x.disciplineId() == secondId).findFirst()
                .orElseThrow().selfDetectedRemedied()).isTrue();

        // an annulment: published with the annulment date
        events.clear();
        post("/api/v1/disciplines/" + secondId + "/complaint", commission, obj()).andExpect(status().isOk());
        assertThat(events.stream(DisciplineRecorded.class).map(DisciplineRecorded::disciplineId)).containsExactly(secondId);
        events.clear();
        post("/api/v1/disciplines/" + secondId + "/resolution", commission, obj("outcome", "ANNULLED"))
                .andExpect(status().isOk());
        assertThat(events.stream(DisciplineRecorded.class).filter(x -> x.disciplineId() == secondId).findFirst()
                .orElseThrow().endsOn()).isEqualTo(today);
        assertThat(events.stream(DisciplineRecorded.class).filter(x -> x.disciplineId() == first).findFirst()
                .orElseThrow().endsOn()).as("lapses again").isEqualTo(announced.plusMonths(12));

        // a refused decision publishes nothing
        events.clear();
        post("/api/v1/disciplines", commission, obj("memberId", cuong, "form", "DISSOLUTION")).andExpect(
                status().isUnprocessableEntity());
        assertThat(events.stream(DisciplineRecorded.class)).isEmpty();
    }

    // ---- who ----

    @Test
    void aMemberWhoMovesTakesTheirDecisionsAlong() throws Exception {
        long cuong = member.get("Lê Văn Cường");
        long id = id(post("/api/v1/disciplines", commission, ofMember("Lê Văn Cường", "WARNING", today.minusMonths(2),
                null)).andExpect(status().isCreated()));
        asSystem(() -> members.transfer(cuong, p + "-Q1", today.minusMonths(1), "Chuyển sinh hoạt",
                members.member(cuong).member().version()));
        // the province he left still reads the decision, and records one of the time he belonged to it
        read("/api/v1/disciplines/" + id, commission).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value(p + "-C1"));
        post("/api/v1/disciplines", commission, ofMember("Lê Văn Cường", "REPRIMAND", today.minusMonths(3), null))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.unitCode").value(p + "-C1"));
        // but nothing after he left
        post("/api/v1/disciplines", commission, ofMember("Lê Văn Cường", "REPRIMAND", today.minusDays(3), null))
                .andExpect(status().isNotFound());
        // his new province reads his history
        read("/api/v1/disciplines/members/" + cuong, outsider).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)));
        read("/api/v1/disciplines/" + id, outsider).andExpect(status().isOk());
        read("/api/v1/disciplines?unitCode=" + p + "-Q", outsider).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void whoRecordsAndWhoReads() throws Exception {
        long id = id(post("/api/v1/disciplines", commission, ofMember("Nguyễn Văn An", "REPRIMAND", today.minusDays(8),
                null)).andExpect(status().isCreated()));
        long binh = id(post("/api/v1/disciplines", commission, ofMember("Trần Thị Bình", "REPRIMAND", today.minusDays(8),
                null)).andExpect(status().isCreated()));
        // the district's staff decide for the district, not for the province above it
        Map<String, Object> byDistrict = ofMember("Lê Văn Cường", "WARNING", today.minusDays(2), null);
        byDistrict.put("decidingUnitCode", p + "-D");
        byDistrict.put("decidingBody", "Ủy ban Kiểm tra Huyện ủy");
        post("/api/v1/disciplines", districtStaff, byDistrict).andExpect(status().isCreated())
                .andExpect(jsonPath("$.decidingUnitCode").value(p + "-D"));
        post("/api/v1/disciplines", districtStaff, ofMember("Lê Văn Cường", "REPRIMAND", today.minusDays(2), null))
                .andExpect(status().isNotFound());
        // the organization board reads the members but decides nothing
        post("/api/v1/disciplines", board, byDistrict).andExpect(status().isForbidden());
        read("/api/v1/disciplines?unitCode=" + p + "-D", board).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
        read("/api/v1/disciplines?unitCode=" + p + "-D&form=warning", board).andExpect(jsonPath("$.total").value(1));
        read("/api/v1/disciplines?unitCode=" + p + "-D&year=" + (today.getYear() - 5), board)
                .andExpect(jsonPath("$.total").value(0));
        read("/api/v1/disciplines?unitCode=" + p + "-D&form=SCOLD", board).andExpect(status().isUnprocessableEntity());
        read("/api/v1/disciplines?unitCode=" + p + "-D&size=1&page=1", board).andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.total").value(3));
        read("/api/v1/disciplines/" + id, board).andExpect(status().isOk()).andExpect(jsonPath("$.canManage").value(false));
        post("/api/v1/disciplines/" + id + "/complaint", board, obj()).andExpect(status().isForbidden());
        // the member sees his own decisions, no one else's
        read("/api/v1/disciplines/" + id, an).andExpect(status().isOk());
        read("/api/v1/disciplines/members/" + member.get("Nguyễn Văn An"), an).andExpect(jsonPath("$", hasSize(1)));
        read("/api/v1/disciplines/" + binh, an).andExpect(status().isNotFound());
        read("/api/v1/disciplines/members/" + member.get("Trần Thị Bình"), an).andExpect(status().isNotFound());
        // another province finds none of it
        for (String url : List.of("/api/v1/disciplines/" + id, "/api/v1/disciplines?unitCode=" + p + "-D",
                "/api/v1/disciplines/in-force?unitCode=" + p + "-P", "/api/v1/disciplines/units/" + p + "-C1",
                "/api/v1/disciplines/members/" + member.get("Nguyễn Văn An"))) {
            read(url, outsider).andExpect(status().isNotFound());
        }
        long before = count();
        post("/api/v1/disciplines", outsider, ofMember("Nguyễn Văn An", "REPRIMAND", today, null))
                .andExpect(status().isNotFound());
        post("/api/v1/disciplines", outsider, ofUnit("-C", "WARNING")).andExpect(status().isNotFound());
        Map<String, Object> fromQ = ofUnit("-C", "WARNING");
        fromQ.put("decidingUnitCode", p + "-Q");
        post("/api/v1/disciplines", outsider, fromQ).andExpect(status().isNotFound());
        post("/api/v1/disciplines/" + id + "/complaint", outsider, obj()).andExpect(status().isNotFound());
        post("/api/v1/disciplines/" + id + "/resolution", outsider, obj("outcome", "ANNULLED"))
                .andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
        read("/api/v1/disciplines/" + id, commission).andExpect(jsonPath("$.complainedOn").doesNotExist());
    }
}
