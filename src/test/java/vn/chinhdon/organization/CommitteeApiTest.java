package vn.chinhdon.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;

/** Committee terms and positions; the head; terms do not overlap; seats only for the unit's own members. */
class CommitteeApiTest extends IntegrationTest {

    @Test
    void termsSeatsAndTheHead() throws Exception {
        String p = unique("c");
        RequestPostProcessor admin = admin();
        mvc.perform(post("/api/v1/org-units/import").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"units": [
                  {"code": "%1$s-P", "name": "Đảng bộ tỉnh Nghệ An", "kind": "PROVINCIAL", "validFrom": "2015-01-01"},
                  {"code": "%1$s-Q", "name": "Đảng bộ tỉnh Hà Tĩnh", "kind": "PROVINCIAL", "validFrom": "2015-01-01"}]}""".formatted(p)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/members/import").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"members": [
                  {"cardNumber": "%1$s1", "fullName": "Thái Thanh Quý", "gender": "Nam", "birthDate": "1976-04-%2$02d", "admissionDate": "2000-01-01", "officialDate": "2001-01-01", "unitCode": "%1$s-P"},
                  {"cardNumber": "%1$s2", "fullName": "Hoàng Trung Dũng", "gender": "Nam", "birthDate": "1971-03-%2$02d", "admissionDate": "1995-01-01", "officialDate": "1996-01-01", "unitCode": "%1$s-Q"}]}"""
                .formatted(p, 1 + (int) (System.nanoTime() % 28))))
                .andExpect(status().isOk());
        String list = mvc.perform(get("/api/v1/members?unitCode=" + p + "-P").with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int own = JsonPath.read(list, "$.items[0].id");
        String other = mvc.perform(get("/api/v1/members?unitCode=" + p + "-Q").with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int foreign = JsonPath.read(other, "$.items[0].id");

        String term = mvc.perform(post("/api/v1/org-units/" + p + "-P/committee/terms").with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"2020–2025\", \"startsOn\": \"2020-10-15\", \"endsOn\": \"2025-10-15\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int termId = JsonPath.read(term, "$.id");
        mvc.perform(post("/api/v1/org-units/" + p + "-P/committee/terms").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"khác\", \"startsOn\": \"2024-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("trùng thời gian")));
        mvc.perform(post("/api/v1/org-units/" + p + "-P/committee/terms/" + termId + "/seats").with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\": " + own + ", \"position\": \"SECRETARY\", \"head\": true}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.startsOn").value("2020-10-15"));
        mvc.perform(post("/api/v1/org-units/" + p + "-P/committee/terms/" + termId + "/seats").with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\": " + foreign + ", \"position\": \"DEPUTY_SECRETARY\", \"head\": true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("không sinh hoạt"))))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("người đứng đầu"))));
        mvc.perform(get("/api/v1/org-units/" + p + "-P/committee").with(admin))
                .andExpect(jsonPath("$.terms[0].seats[0].memberName").value("Thái Thanh Quý"))
                .andExpect(jsonPath("$.terms[0].seats[0].head").value(true));
        // another province's staff cannot see it, the unit's own read-only staff cannot change it
        mvc.perform(get("/api/v1/org-units/" + p + "-P/committee").with(account("ORGANIZATION_BOARD", p + "-Q")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/org-units/" + p + "-P/committee/terms").with(account("COMMITTEE_STAFF", p + "-P"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\": \"2025–2030\", \"startsOn\": \"2025-10-15\"}"))
                .andExpect(status().isForbidden());
    }
}
