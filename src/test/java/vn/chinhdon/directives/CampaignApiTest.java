package vn.chinhdon.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;

/**
 * A province requires its communes to issue their plans: who has done it, on time or late, as of any
 * date; across a merge; reminders once a day; cascading; conferences; and nothing for another unit.
 */
class CampaignApiTest extends IntegrationTest {

    @Autowired
    ObligationReminders reminders;

    private String p;
    private RequestPostProcessor admin;

    private String body(String url, RequestPostProcessor who, String json, int expected) throws Exception {
        return mvc.perform(post(url).with(who).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long document(RequestPostProcessor who, String number, String unit, String date, Long implementsId)
            throws Exception {
        String json = """
                {"number": "%s", "issuerUnitCode": "%s-%s", "issuedOn": "%s", "title": "Kế hoạch %s", "implements": %s}"""
                .formatted(number, p, unit, date, number, implementsId == null ? "[]" : "[" + implementsId + "]");
        return ((Number) JsonPath.read(body("/api/v1/documents", who, json, 201), "$.id")).longValue();
    }

    @Test
    void whoHasDoneItAsOfAnyDate() throws Exception {
        p = unique("k");
        admin = admin();
        body("/api/v1/org-units/import", admin, """
                {"units": [
                  {"code": "%1$s-R", "name": "Trung ương", "kind": "CENTRAL", "validFrom": "2015-01-01"},
                  {"code": "%1$s-P", "name": "Đảng bộ tỉnh Ninh Thuận", "kind": "PROVINCIAL", "parentCode": "%1$s-R", "validFrom": "2015-01-01"},
                  {"code": "%1$s-C1", "name": "Đảng bộ Sở Tài chính", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-P", "validFrom": "2015-01-01"},
                  {"code": "%1$s-C2", "name": "Đảng bộ Sở Tư pháp", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-P", "validFrom": "2015-01-01"},
                  {"code": "%1$s-C3", "name": "Đảng bộ Sở Nội vụ", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-P", "validFrom": "2015-01-01"},
                  {"code": "%1$s-C1a", "name": "Chi bộ Văn phòng Sở", "kind": "SUBORDINATE_CELL", "parentCode": "%1$s-C1", "validFrom": "2015-01-01"},
                  {"code": "%1$s-C1b", "name": "Chi bộ Phòng Ngân sách", "kind": "SUBORDINATE_CELL", "parentCode": "%1$s-C1", "validFrom": "2015-01-01"},
                  {"code": "%1$s-Q", "name": "Đảng bộ tỉnh Khác", "kind": "PROVINCIAL", "parentCode": "%1$s-R", "validFrom": "2015-01-01"}
                ]}""".formatted(p), 200);
        body("/api/v1/members/import", admin, """
                {"members": [
                  {"fullName": "Lê Văn Một", "gender": "Nam", "birthDate": "1970-01-%2$02d", "admissionDate": "1995-01-01", "unitCode": "%1$s-C2"},
                  {"fullName": "Lê Văn Hai", "gender": "Nam", "birthDate": "1971-01-%2$02d", "admissionDate": "1995-01-01", "unitCode": "%1$s-C2"},
                  {"fullName": "Lê Thị Ba", "gender": "Nữ", "birthDate": "1972-01-%2$02d", "admissionDate": "1995-01-01", "unitCode": "%1$s-C2"}
                ]}""".formatted(p, 1 + (int) (System.nanoTime() % 28)), 200);
        RequestPostProcessor province = account("COMMITTEE_STAFF", p + "-P");
        long nq = document(admin, "04-NQ/TW", "R", "2016-10-30", null);
        long plan = document(province, "196-KH/TU", "P", "2019-06-13", nq);

        String opened = body("/api/v1/campaigns", province, """
                {"sourceDocumentId": %d, "requiringUnitCode": "%s-P", "depth": 1, "deliverable": "PLAN",
                 "dueOn": "2019-09-30", "openedOn": "2019-06-15"}""".formatted(plan, p), 201);
        long campaign = ((Number) JsonPath.read(opened, "$.id")).longValue();
        assertThat((Integer) JsonPath.read(opened, "$.targets")).isEqualTo(3);

        // C1 issues its plan on time: delivered by the registration itself
        RequestPostProcessor c1 = account("COMMITTEE_STAFF", p + "-C1");
        document(c1, "09-KH/ĐU", "C1", "2019-07-01", plan);
        // C2 issues a plan late and links it
        RequestPostProcessor c2 = account("COMMITTEE_STAFF", p + "-C2");
        long late = document(c2, "11-KH/ĐU", "C2", "2019-10-05", null);
        body("/api/v1/campaigns/" + campaign + "/obligations/" + p + "-C2/fulfilment", c2,
                "{\"documentId\": " + late + "}", 200);
        // C2 cannot deliver for C3 (outside its grants: not found)
        body("/api/v1/campaigns/" + campaign + "/obligations/" + p + "-C3/fulfilment", c2,
                "{\"documentId\": " + late + "}", 404);

        mvc.perform(get("/api/v1/campaigns/" + campaign + "/compliance?at=2019-09-01").with(province))
                .andExpect(jsonPath("$.targets").value(3)).andExpect(jsonPath("$.done").value(1))
                .andExpect(jsonPath("$.pending").value(2)).andExpect(jsonPath("$.late").value(0));
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/compliance?at=2019-10-10").with(province))
                .andExpect(jsonPath("$.done").value(2)).andExpect(jsonPath("$.doneOnTime").value(1))
                .andExpect(jsonPath("$.doneLate").value(1)).andExpect(jsonPath("$.late").value(1))
                .andExpect(jsonPath("$.percentDone").value(66.7))
                .andExpect(jsonPath("$.notDone[0].code").value(p + "-C3"))
                .andExpect(jsonPath("$.notDone[0].dueOn").value("2019-09-30"))
                .andExpect(jsonPath("$.bySubordinate.length()").value(3));

        // reminders: once a day, once per obligation
        var first = reminders.run(LocalDate.of(2019, 9, 25));
        assertThat(first.ran()).isTrue();
        assertThat(first.reminders()).isGreaterThanOrEqualTo(1);
        assertThat(reminders.run(LocalDate.of(2019, 9, 25)).ran()).isFalse();
        var lateRun = reminders.run(LocalDate.of(2019, 10, 1));
        assertThat(lateRun.late()).isGreaterThanOrEqualTo(1);
        RequestPostProcessor c3 = account("CELL_SECRETARY", p + "-C3");
        mvc.perform(get("/api/v1/notices?since=2019-09-01").with(c3))
                .andExpect(jsonPath("$[*].kind", hasItem("LATE")))
                .andExpect(jsonPath("$[*].unitCode", hasItem(p + "-C3")));

        // cascade: C1 requires its cells
        String cascade = body("/api/v1/campaigns/" + campaign + "/obligations/" + p + "-C1/cascade", c1,
                "{\"depth\": 1, \"dueOn\": \"2019-09-15\", \"openedOn\": \"2019-07-02\"}", 201);
        assertThat((Integer) JsonPath.read(cascade, "$.targets")).isEqualTo(2);

        // conference attendance against membership
        body("/api/v1/conferences", c2, """
                {"unitCode": "%s-C2", "heldOn": "2019-08-01", "format": "IN_PERSON", "title": "Hội nghị quán triệt",
                 "documentIds": [%d], "attendees": 9}""".formatted(p, nq), 422);
        body("/api/v1/conferences", c2, """
                {"unitCode": "%s-C2", "heldOn": "2019-08-01", "format": "IN_PERSON", "title": "Hội nghị quán triệt",
                 "documentIds": [%d], "attendees": 2}""".formatted(p, nq), 201);
        mvc.perform(get("/api/v1/documents/" + nq + "/attendance?unitCode=" + p + "-P").with(province))
                .andExpect(jsonPath("$.membership").value(3)).andExpect(jsonPath("$.attendees").value(2))
                .andExpect(jsonPath("$.rate").value(66.7));

        // the July 2025 merge: C3's obligation belongs to its successor
        body("/api/v1/restructurings", admin, """
                {"effectiveDate": "2025-07-01", "decision": "60-NQ/TW", "operations": [
                  {"type": "MERGE", "sources": ["%1$s-C2", "%1$s-C3"], "target": {"code": "%1$s-N", "name": "Đảng bộ Sở Nội vụ và Tư pháp", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-P"}}
                ]}""".formatted(p), 200);
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/compliance?at=2025-07-02").with(province))
                .andExpect(jsonPath("$.targets").value(3))
                .andExpect(jsonPath("$.notDone[0].code").value(p + "-N"))
                .andExpect(jsonPath("$.notDone[0].originalCode").value(p + "-C3"))
                .andExpect(jsonPath("$.bySubordinate.length()").value(2));
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/compliance?at=2025-06-30").with(province))
                .andExpect(jsonPath("$.notDone[0].code").value(p + "-C3"));
        // the successor delivers the merged unit's obligation; exemption needs the requiring side
        body("/api/v1/campaigns/" + campaign + "/obligations/" + p + "-N/exemption", c1, "{\"reason\": \"Đã sáp nhập\"}", 403);
        body("/api/v1/campaigns/" + campaign + "/obligations/" + p + "-N/exemption", province,
                "{\"reason\": \"Đã sáp nhập\"}", 200);
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/compliance").with(province))
                .andExpect(jsonPath("$.exempt").value(1)).andExpect(jsonPath("$.percentDone").value(100.0));

        // another province sees nothing of it
        RequestPostProcessor other = account("COMMITTEE_STAFF", p + "-Q");
        mvc.perform(get("/api/v1/campaigns/" + campaign).with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/compliance").with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns?unitCode=" + p + "-Q").with(other))
                .andExpect(jsonPath("$.length()").value(0));
        // a target sees the campaign, with its own obligation only
        mvc.perform(get("/api/v1/campaigns/" + campaign).with(c1))
                .andExpect(jsonPath("$.obligations.length()").value(1))
                .andExpect(jsonPath("$.obligations[0].evidenceNumber").value("09-KH/ĐU"));
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/compliance?unitCode=" + p + "-P").with(c1))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString(p + "-P")));
    }
}
