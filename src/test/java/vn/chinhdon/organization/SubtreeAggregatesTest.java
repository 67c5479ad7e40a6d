package vn.chinhdon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;

/**
 * The maintained subtree counts (triggers on unit states and member assignments) equal a scan of the
 * subtree, for every unit and many dates, through imports, transfers, status changes and restructurings
 * (merge, split with placement corrections, move, dissolve) — and after a full rebuild.
 */
class SubtreeAggregatesTest extends IntegrationTest {

    @Autowired
    OrgTree tree;

    @Autowired
    JdbcClient jdbc;

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2014, 12, 31), LocalDate.of(2015, 1, 1),
            LocalDate.of(2018, 6, 1), LocalDate.of(2020, 3, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2), LocalDate.of(2026, 1, 1), LocalDate.now().plusYears(1));

    @Test
    void maintainedCountsEqualAScanOfTheSubtree() throws Exception {
        String p = unique("s");
        RequestPostProcessor admin = admin();
        send(admin, "/api/v1/org-units/import", """
                {"units": [
                  {"code": "%1$s-P", "name": "Đảng bộ tỉnh A", "kind": "PROVINCIAL", "validFrom": "2015-01-01"},
                  {"code": "%1$s-Q", "name": "Đảng bộ tỉnh B", "kind": "PROVINCIAL", "validFrom": "2015-01-01"},
                  {"code": "%1$s-H", "name": "Đảng bộ huyện C", "kind": "DIRECTLY_UNDER", "parentCode": "%1$s-P", "validFrom": "2015-01-01"},
                  {"code": "%1$s-X1", "name": "Đảng bộ xã D", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-H", "validFrom": "2016-01-01"},
                  {"code": "%1$s-X2", "name": "Đảng bộ xã E", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-H", "validFrom": "2015-01-01"},
                  {"code": "%1$s-C1", "name": "Chi bộ 1", "kind": "SUBORDINATE_CELL", "parentCode": "%1$s-X1", "validFrom": "2017-01-01"},
                  {"code": "%1$s-C2", "name": "Chi bộ 2", "kind": "SUBORDINATE_CELL", "parentCode": "%1$s-X2", "validFrom": "2015-01-01"},
                  {"code": "%1$s-Y", "name": "Đảng bộ xã F", "kind": "DIRECTLY_UNDER", "parentCode": "%1$s-Q", "validFrom": "2015-01-01"}
                ]}""".formatted(p), 200);
        int day = 1 + (int) (System.nanoTime() % 28);
        StringBuilder members = new StringBuilder("{\"members\": [");
        String[] units = {"C1", "C2", "X1", "X2", "H", "Y", "C1", "C2"};
        for (int i = 0; i < 24; i++) {
            members.append(i == 0 ? "" : ",").append("""
                    {"fullName": "Phan Văn Số %d", "gender": "Nam", "birthDate": "19%d-02-%02d", "admissionDate": "%d-05-19", "unitCode": "%s-%s"}"""
                    .formatted(i, 60 + i, day, 2000 + i, p, units[i % units.length]));
        }
        send(admin, "/api/v1/members/import", members.append("]}").toString(), 200);
        check(p);

        // transfers and a member leaving
        String list = mvc.perform(get("/api/v1/members?unitCode=" + p + "-P&size=100").with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Integer> toY = JsonPath.read(list, "$.items[?(@.unitCode == '" + p + "-C1')].id");
        List<Integer> toC2 = JsonPath.read(list, "$.items[?(@.unitCode == '" + p + "-X1' && @.admissionDate < '2018')].id");
        List<Integer> leaving = JsonPath.read(list, "$.items[?(@.unitCode == '" + p + "-H')].id");
        send(admin, "/api/v1/members/" + toY.get(0) + "/transfer", "{\"unitCode\": \"" + p + "-Y\", \"date\": \"2024-02-29\", \"version\": 0}", 200);
        send(admin, "/api/v1/members/" + toC2.get(0) + "/transfer", "{\"unitCode\": \"" + p + "-C2\", \"date\": \"2018-06-01\", \"version\": 0}", 200);
        send(admin, "/api/v1/members/" + leaving.get(0) + "/status", "{\"status\": \"DECEASED\", \"date\": \"2020-03-01\", \"version\": 0}", 200);
        check(p);

        // the reform: merge the provinces, split a commune, move a cell, dissolve the district
        send(admin, "/api/v1/restructurings", """
                {"effectiveDate": "2025-07-01", "decision": "60-NQ/TW", "operations": [
                  {"type": "MERGE", "sources": ["%1$s-P", "%1$s-Q"], "target": {"code": "%1$s-Q", "name": "Đảng bộ tỉnh B mới", "kind": "PROVINCIAL"}},
                  {"type": "SPLIT", "source": "%1$s-X1", "targets": [
                     {"code": "%1$s-N1", "name": "Đảng bộ xã G", "kind": "DIRECTLY_UNDER", "parentCode": "%1$s-Q"},
                     {"code": "%1$s-N2", "name": "Đảng bộ xã H", "kind": "DIRECTLY_UNDER", "parentCode": "%1$s-Q"}]},
                  {"type": "MOVE", "unit": "%1$s-C2", "newParentCode": "%1$s-Y"},
                  {"type": "DISSOLVE", "unit": "%1$s-H", "successor": "%1$s-Q"}
                ]}""".formatted(p), 200);
        check(p);
        String waiting = mvc.perform(get("/api/v1/members/to-confirm?unitCode=" + p + "-Q").with(admin)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        int moved = JsonPath.read(waiting, "$.items[0].id");
        int version = JsonPath.read(waiting, "$.items[0].version");
        send(admin, "/api/v1/members/" + moved + "/placement", "{\"unitCode\": \"" + p + "-N2\", \"version\": " + version + "}", 200);
        check(p);

        // a delta row left at 0 and deleted by hand leaves its running total behind; a new change on that
        // date finds the total there and keeps the figures right (V9)
        jdbc.sql("""
                insert into subtree_delta (unit_id, metric, on_date, delta)
                select id, 'MEMBERS', date '2019-09-09', 0 from org_unit where code like ?""").param(p + "-%").update();
        jdbc.sql("delete from subtree_delta where on_date = date '2019-09-09' and delta = 0").update();
        jdbc.sql("""
                insert into member_assignment (id, member_id, unit_id, valid_from, valid_to, reason)
                select nextval('org_seq'), ?, id, date '2019-09-09', date '2019-10-10', 'TRANSFER' from org_unit where code = ?""")
                .params(toC2.get(1), p + "-C1").update();
        check(p);

        // a full rebuild gives the same figures as the triggers did
        List<Object[]> before = snapshot(p);
        jdbc.sql("select rebuild_subtree_delta()").query().singleRow();
        assertThat(snapshot(p)).usingRecursiveComparison().isEqualTo(before);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    /**
     * Two transactions create new dates for the same unit, the later date first-read while the earlier is
     * not committed yet: the second must wait, or its starting total would miss the first one's change.
     */
    @Test
    void concurrentWritesOnNewDatesKeepTheTotalsInStep() throws Exception {
        String p = unique("k");
        send(admin(), "/api/v1/org-units/import", """
                {"units": [
                  {"code": "%1$s-P", "name": "Đảng bộ tỉnh K", "kind": "PROVINCIAL", "validFrom": "2015-01-01"},
                  {"code": "%1$s-A", "name": "Chi bộ A", "kind": "GRASSROOTS_CELL", "parentCode": "%1$s-P", "validFrom": "2015-01-01"}
                ]}""".formatted(p), 200);
        send(admin(), "/api/v1/members/import", """
                {"members": [
                  {"fullName": "Lê Thị Đồng Thời", "gender": "Nữ", "birthDate": "1980-01-02", "admissionDate": "2010-05-19", "unitCode": "%1$s-A"},
                  {"fullName": "Lê Văn Đồng Thời", "gender": "Nam", "birthDate": "1981-01-02", "admissionDate": "2010-05-19", "unitCode": "%1$s-A"}
                ]}""".formatted(p), 200);
        long unit = jdbc.sql("select id from org_unit where code = ?").param(p + "-A").query(Long.class).single();
        List<Long> members = jdbc.sql("select member_id from member_assignment where unit_id = ? order by member_id")
                .param(unit).query(Long.class).list();
        // a second, later membership period of each member in the same cell (inserts only: an update would also
        // touch the rows of the period's start date, and that lock alone would order the two writers)
        String end = "insert into member_assignment (id, valid_from, member_id, unit_id, reason) values (nextval('org_seq'), ?, ?, "
                + unit + ", 'TRANSFER')";
        try (java.sql.Connection first = dataSource.getConnection(); java.sql.Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (var st = first.prepareStatement(end)) {
                st.setObject(1, LocalDate.of(2021, 3, 1));
                st.setLong(2, members.get(0));
                st.executeUpdate();
            }
            long secondPid;
            try (var st = second.createStatement(); var rs = st.executeQuery("select pg_backend_pid()")) {
                rs.next();
                secondPid = rs.getLong(1);
            }
            java.util.concurrent.CompletableFuture<Void> later = new java.util.concurrent.CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try (var st = second.prepareStatement(end)) {
                    st.setObject(1, LocalDate.of(2022, 3, 1));
                    st.setLong(2, members.get(1));
                    st.executeUpdate();
                    second.commit();
                    later.complete(null);
                } catch (java.sql.SQLException e) {
                    later.completeExceptionally(e);
                }
            });
            thread.start();
            // the second transaction either finishes (no lock: the totals would miss the first's change) or
            // waits for a lock the first holds; whichever comes first
            long until = System.nanoTime() + 30_000_000_000L;
            boolean waiting = false;
            while (!later.isDone() && !waiting && System.nanoTime() < until) {
                waiting = "Lock".equals(jdbc.sql("select coalesce(wait_event_type, '') from pg_stat_activity where pid = ?")
                        .param(secondPid).query(String.class).optional().orElse(null));
            }
            assertThat(waiting).as("the second writer waits for the first").isTrue();
            assertThat(later).isNotDone();
            first.commit();
            later.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        check(p);
        assertThat(tree.countMembers(unit, LocalDate.of(2021, 6, 1))).isEqualTo(3);
        assertThat(tree.countMembers(unit, LocalDate.of(2023, 1, 1))).isEqualTo(4);
    }

    private void send(RequestPostProcessor who, String url, String json, int expected) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(who).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expected));
    }

    private List<Long> unitsOf(String p) {
        return jdbc.sql("select id from org_unit where code like ? order by id").param(p + "-%").query(Long.class).list();
    }

    private void check(String p) {
        // the running totals (V5) are the running sums of the deltas, and every delta has its total
        Long[] ids = unitsOf(p).toArray(Long[]::new);
        assertThat(jdbc.sql("""
                select count(*) from subtree_total t where t.unit_id = any(?) and t.total <> coalesce((select sum(d.delta)
                  from subtree_delta d where d.unit_id = t.unit_id and d.metric = t.metric and d.on_date <= t.from_date), 0)""")
                .param(ids).query(Long.class).single()).as("running totals out of step").isZero();
        assertThat(jdbc.sql("""
                select count(*) from subtree_delta d where d.unit_id = any(?) and not exists (select 1 from subtree_total t
                  where t.unit_id = d.unit_id and t.metric = d.metric and t.from_date = d.on_date)""")
                .param(ids).query(Long.class).single()).as("deltas without a running total").isZero();
        for (Long id : unitsOf(p)) {
            for (LocalDate d : DATES) {
                var row = tree.find(id, d).orElseThrow();
                if (!row.activeAt(d)) {
                    assertThat(tree.countMembers(id, d)).as("members of ended unit %s on %s", row.code(), d).isZero();
                    continue;
                }
                assertThat(tree.countMembers(id, d)).as("members of %s on %s", row.code(), d)
                        .isEqualTo(tree.countMembersScanning(row.path(), d));
                assertThat(tree.countKinds(id, d)).as("units of %s on %s", row.code(), d)
                        .isEqualTo(tree.countKindsScanning(row.path(), d));
            }
        }
    }

    private List<Object[]> snapshot(String p) {
        return unitsOf(p).stream().flatMap(id -> DATES.stream().map(d -> new Object[] {id, d, tree.countMembers(id, d),
                tree.countKinds(id, d)})).toList();
    }
}
