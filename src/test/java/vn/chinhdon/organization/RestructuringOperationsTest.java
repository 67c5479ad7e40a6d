package vn.chinhdon.organization;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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

/** SPLIT, MOVE and RENAME in one restructuring, read before and after its date. */
class RestructuringOperationsTest extends IntegrationTest {

    @Test
    void splitMoveAndRenameKeepTheOldTreeAndMarkMembersForConfirmation() throws Exception {
        String p = unique("r");
        RequestPostProcessor admin = admin();
        mvc.perform(post("/api/v1/org-units/import").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"units": [
                  {"code": "%1$s-P", "name": "Đảng bộ tỉnh Nghệ An", "kind": "PROVINCIAL", "validFrom": "2015-01-01"},
                  {"code": "%1$s-D", "name": "Đảng bộ huyện Diễn Châu", "kind": "DIRECTLY_UNDER", "parentCode": "%1$s-P", "validFrom": "2015-01-01"},
                  {"code": "%1$s-X", "name": "Đảng bộ xã Diễn Lâm", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-D", "validFrom": "2015-01-01"},
                  {"code": "%1$s-K", "name": "Đảng bộ Khối cơ quan", "kind": "DIRECTLY_UNDER", "parentCode": "%1$s-P", "validFrom": "2015-01-01"},
                  {"code": "%1$s-C", "name": "Chi bộ Sở Nội vụ", "kind": "GRASSROOTS_CELL", "parentCode": "%1$s-K", "validFrom": "2015-01-01"}
                ]}""".formatted(p))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/members/import").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"members": [
                  {"fullName": "Cao Văn Tách", "gender": "Nam", "birthDate": "1971-02-%2$02d", "admissionDate": "1999-01-01", "unitCode": "%1$s-X"},
                  {"fullName": "Cao Thị Tách", "gender": "Nữ", "birthDate": "1972-02-%2$02d", "admissionDate": "1999-01-01", "unitCode": "%1$s-X"}
                ]}""".formatted(p, 1 + (int) (System.nanoTime() % 28)))).andExpect(status().isOk());

        mvc.perform(post("/api/v1/restructurings").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"effectiveDate": "2025-07-01", "decision": "12-QĐ/TU", "operations": [
                  {"type": "SPLIT", "source": "%1$s-X", "memberTarget": "%1$s-X2", "targets": [
                     {"code": "%1$s-X1", "name": "Đảng bộ xã Diễn Lâm Bắc", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-D"},
                     {"code": "%1$s-X2", "name": "Đảng bộ xã Diễn Lâm Nam", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-D"}]},
                  {"type": "MOVE", "unit": "%1$s-C", "newParentCode": "%1$s-P"},
                  {"type": "RENAME", "unit": "%1$s-K", "name": "Đảng bộ các cơ quan Đảng tỉnh"}
                ]}""".formatted(p)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.membersMoved").value(2))
                .andExpect(jsonPath("$.membersToConfirm").value(2));

        mvc.perform(get("/api/v1/org-units/" + p + "-K?at=2025-06-30").with(admin))
                .andExpect(jsonPath("$.name").value("Đảng bộ Khối cơ quan"));
        mvc.perform(get("/api/v1/org-units/" + p + "-K?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.name").value("Đảng bộ các cơ quan Đảng tỉnh"))
                .andExpect(jsonPath("$.hasChildren").value(false));
        mvc.perform(get("/api/v1/org-units/" + p + "-C?at=2025-06-30").with(admin))
                .andExpect(jsonPath("$.parentCode").value(p + "-K"));
        mvc.perform(get("/api/v1/org-units/" + p + "-C?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.parentCode").value(p + "-P"));
        mvc.perform(get("/api/v1/org-units/" + p + "-X?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.successors", hasSize(2)));
        mvc.perform(get("/api/v1/org-units/" + p + "-X2/summary?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.members").value(2));
        mvc.perform(get("/api/v1/org-units/" + p + "-X/summary?at=2025-06-30").with(admin))
                .andExpect(jsonPath("$.members").value(2));

        // the board re-assigns one member to the other new commune, from the same date
        String list = mvc.perform(get("/api/v1/members/to-confirm?unitCode=" + p + "-P").with(admin))
                .andExpect(jsonPath("$.total").value(2)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int id = JsonPath.read(list, "$.items[0].id");
        mvc.perform(post("/api/v1/members/" + id + "/placement").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\": \"" + p + "-X1\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitCode").value(p + "-X1"));
        mvc.perform(get("/api/v1/org-units/" + p + "-X1/summary?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.members").value(1));
        mvc.perform(get("/api/v1/members/" + id).with(admin))
                .andExpect(jsonPath("$.assignments[0].reason").value("REASSIGNED"))
                .andExpect(jsonPath("$.assignments[0].from").value("2025-07-01"))
                .andExpect(jsonPath("$.audit[*].action", hasItem("MEMBER_REASSIGNED")));
        // a second restructuring on an ended unit is refused
        mvc.perform(post("/api/v1/restructurings").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"effectiveDate": "2025-08-01", "decision": "13-QĐ/TU", "operations": [
                  {"type": "RENAME", "unit": "%1$s-X", "name": "Không được"}]}""".formatted(p)))
                .andExpect(status().isUnprocessableContent());
    }
}
