package vn.chinhdon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.IntegrationTest;

/**
 * The real July 2025 reform through the API: the 63 / 696 / 10,047 committees of 1 March 2025, members in
 * two provinces that merged, then one restructuring: 34 provinces with 3,321 communes under them.
 */
class ReformImportTest extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Test
    void theRealReformEndToEnd() throws Exception {
        AdministrativeReform reform;
        try (InputStream units = getClass().getResourceAsStream("/vn-admin-units/units-2025-03-01.json");
                InputStream merges = getClass().getResourceAsStream("/vn-admin-units/merges-2025-07-01.json")) {
            reform = AdministrativeReform.read(units, merges, true);
        }
        RequestPostProcessor admin = admin();
        mvc.perform(post("/api/v1/org-units/import").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("units", reform.units()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1 + 63 + 696 + 10_047));

        // members: Hà Giang (T02) and Tuyên Quang (T08) merged into Tuyên Quang (T08)
        Map<String, String> parentOf = new HashMap<>();
        reform.units().forEach(u -> parentOf.put(u.code(), u.parentCode()));
        List<String> haGiang = communesOf("T02", reform, parentOf);
        List<String> tuyenQuang = communesOf("T08", reform, parentOf);
        List<Map<String, String>> members = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            members.add(member("HG" + i, "Hoàng Văn Giàng " + (char) ('A' + i), haGiang.get(i)));
        }
        for (int i = 0; i < 5; i++) {
            members.add(member("TQ" + i, "Lý Thị Quang " + (char) ('A' + i), tuyenQuang.get(i)));
        }
        // a commune split among several new ones ("partial" only): its member waits for confirmation
        String partial = reform.restructuring().operations().stream()
                .filter(o -> o instanceof RestructuringCommand.Merge m && !m.partialSources().isEmpty())
                .flatMap(o -> ((RestructuringCommand.Merge) o).partialSources().stream())
                .filter(c -> reform.restructuring().operations().stream().noneMatch(o -> o instanceof RestructuringCommand.Merge m
                        && (m.sources().contains(c) || m.target().code().equals(c))))
                .findFirst().orElseThrow();
        members.add(member("PS0", "Trần Văn Tách", partial));
        mvc.perform(post("/api/v1/members/import").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("members", members))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(13));

        mvc.perform(post("/api/v1/restructurings").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(reform.restructuring())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.membersMoved", greaterThan(0)))
                .andExpect(jsonPath("$.membersToConfirm").value(1));

        mvc.perform(get("/api/v1/org-units/TW/summary?at=2025-06-30").with(admin))
                .andExpect(jsonPath("$.units.PROVINCIAL").value(63))
                .andExpect(jsonPath("$.units.DIRECTLY_UNDER").value(696))
                .andExpect(jsonPath("$.units.GRASSROOTS_COMMITTEE").value(10_047));
        String after = mvc.perform(get("/api/v1/org-units/TW/summary?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.units.PROVINCIAL").value(34))
                .andExpect(jsonPath("$.units.DIRECTLY_UNDER").value(3_321))
                .andExpect(jsonPath("$.members").value(13))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("GRASSROOTS_COMMITTEE");

        mvc.perform(get("/api/v1/org-units/T08/summary?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.members").value(12));
        mvc.perform(get("/api/v1/org-units/T02/summary?at=2025-06-30").with(admin))
                .andExpect(jsonPath("$.members").value(7));
        mvc.perform(get("/api/v1/org-units/T08/summary?at=2025-06-30").with(admin))
                .andExpect(jsonPath("$.members").value(5));
        mvc.perform(get("/api/v1/org-units/T02/summary?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/org-units/T08?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.predecessors", org.hamcrest.Matchers.hasItem("T02")));
        // no district is left, and every new commune is directly under its province
        mvc.perform(get("/api/v1/org-units/" + haGiang.get(0) + "?at=2025-06-30").with(admin))
                .andExpect(jsonPath("$.parentCode").value(parentOf.get(haGiang.get(0))));

        // the member of the split commune is listed for confirmation in its new province
        String province = reform.restructuring().operations().stream()
                .filter(o -> o instanceof RestructuringCommand.Merge m && m.partialSources().contains(partial))
                .map(o -> ((RestructuringCommand.Merge) o).target().parentCode()).findFirst().orElseThrow();
        String list = mvc.perform(get("/api/v1/members/to-confirm?unitCode=" + province).with(admin))
                .andExpect(jsonPath("$.total").value(1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int id = JsonPath.read(list, "$.items[0].id");
        int version = JsonPath.read(list, "$.items[0].version");
        mvc.perform(post("/api/v1/members/" + id + "/placement").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.provisional").value(false));
        mvc.perform(get("/api/v1/members/to-confirm?unitCode=" + province).with(admin))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/org-units/T08/timeline").with(admin))
                .andExpect(jsonPath("$.length()", greaterThan(2)));
    }

    private static List<String> communesOf(String province, AdministrativeReform reform, Map<String, String> parentOf) {
        java.util.Set<String> partials = new java.util.HashSet<>();
        reform.restructuring().operations().stream().filter(o -> o instanceof RestructuringCommand.Merge)
                .forEach(o -> partials.addAll(((RestructuringCommand.Merge) o).partialSources()));
        return reform.units().stream().filter(u -> u.code().startsWith("X") && province.equals(parentOf.get(u.parentCode())))
                .map(UnitImportRow::code).filter(c -> !partials.contains(c)).toList();
    }

    private static Map<String, String> member(String card, String name, String unit) {
        return Map.of("cardNumber", "REF" + card, "fullName", name, "gender", "Nam", "birthDate", "1975-04-30",
                "admissionDate", "2000-01-01", "officialDate", "2001-01-01", "unitCode", unit);
    }
}
