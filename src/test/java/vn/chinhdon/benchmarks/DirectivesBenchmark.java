package vn.chinhdon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.directives.CampaignManagement;
import vn.chinhdon.directives.ComplianceView;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.NewDocument;
import vn.chinhdon.organization.AdministrativeReform;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.shared.VietnameseText;

/**
 * Compliance and search over the full imported tree: the real reform (34 provinces, 3,321 communes), ten
 * cells per commune, one campaign down to the cells, 20,000 documents. Prints numbers; run on purpose:
 * {@code ./mvnw test -Dtest.excludedGroups=none -Dtest=DirectivesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class DirectivesBenchmark extends IntegrationTest {

    @Autowired
    OrganizationManagement organization;

    @Autowired
    DocumentRegister documents;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Test
    void complianceAndSearchOverTheWholeCountry() throws Exception {
        AdministrativeReform reform;
        try (InputStream units = getClass().getResourceAsStream("/vn-admin-units/units-2025-03-01.json");
                InputStream merges = getClass().getResourceAsStream("/vn-admin-units/merges-2025-07-01.json")) {
            reform = AdministrativeReform.read(units, merges, true);
        }
        long[] campaignId = new long[1];
        asSystem(() -> {
            long t0 = System.nanoTime();
            organization.importUnits(reform.units(), 1);
            organization.restructure(reform.restructuring());
            List<String> communes = jdbc.sql("""
                    select u.code from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null
                    where s.kind = 'DIRECTLY_UNDER'""").query(String.class).list();
            List<UnitImportRow> cells = new ArrayList<>();
            for (String c : communes) {
                for (int i = 1; i <= 10; i++) {
                    cells.add(new UnitImportRow(c + "-CB" + i, "Chi bộ số " + i, "SUBORDINATE_CELL", c, LocalDate.of(2025, 7, 2)));
                }
            }
            long t1 = System.nanoTime();
            organization.importUnits(cells, 1);
            long t2 = System.nanoTime();
            print("setup: reform %d ms, %d cells imported in %d ms", (t1 - t0) / 1_000_000, cells.size(), (t2 - t1) / 1_000_000);
            long nq = documents.register(new NewDocument("61-NQ/TW", "TW", LocalDate.of(2025, 7, 20),
                    "Nghị quyết về tăng cường xây dựng, chỉnh đốn Đảng trong giai đoạn mới", null, "Nội dung", false,
                    List.of())).id();
            long t3 = System.nanoTime();
            var c = campaigns.open(new CampaignManagement.OpenCampaign(nq, "TW", 3, "PLAN", LocalDate.of(2025, 12, 31), null,
                    LocalDate.of(2025, 8, 1), 7));
            long t4 = System.nanoTime();
            campaignId[0] = c.id();
            print("campaign opened: %d obligations in %d ms", c.obligations().size(), (t4 - t3) / 1_000_000);
            // 60% delivered, a third of them late
            Random random = new Random(7);
            List<Object[]> done = new ArrayList<>();
            for (var o : jdbc.sql("select id from obligation where campaign_id = ?").param(c.id()).query(Long.class).list()) {
                int r = random.nextInt(100);
                if (r < 60) {
                    done.add(new Object[] {r < 40 ? LocalDate.of(2025, 11, 1) : LocalDate.of(2026, 1, 15), o});
                }
            }
            template.batchUpdate("update obligation set state = 'DONE', fulfilled_on = ? where id = ?", done);
        });
        // 300,000 members in the cells, inserted in statements of 10,000 rows (the triggers keep the counts)
        List<Long> cellIds = jdbc.sql("select unit_id from org_unit_state where valid_to is null and kind = 'SUBORDINATE_CELL'")
                .query(Long.class).list();
        long t6 = System.nanoTime();
        Random people = new Random(3);
        for (int batch = 0; batch < 30; batch++) {
            List<Long> memberIds = jdbc.sql("select nextval('org_seq') from generate_series(1, 10000)").query(Long.class).list();
            List<Object[]> m = new ArrayList<>();
            List<Object[]> a = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                String name = "Nguyễn Văn Thử " + batch + "-" + i;
                LocalDate from = LocalDate.of(2016, 1, 1).plusDays(people.nextInt(3600));
                m.add(new Object[] {memberIds.get(i), name, VietnameseText.fold(name), name, LocalDate.of(1980, 1, 1)});
                a.add(new Object[] {memberIds.get(i), cellIds.get(people.nextInt(cellIds.size())),
                        from.isBefore(LocalDate.of(2025, 7, 2)) ? LocalDate.of(2025, 7, 2) : from});
            }
            template.batchUpdate("""
                    insert into member (id, full_name, name_folded, sort_key, gender, birth_date, status, created_at, updated_at)
                    values (?, ?, ?, ?, 'MALE', ?, 'OFFICIAL', now(), now())""", m);
            jdbc.sql("""
                    insert into member_assignment (id, member_id, unit_id, valid_from, reason)
                    select nextval('org_seq'), x.member_id, x.unit_id, x.valid_from, 'IMPORT'
                    from unnest(cast(:m as bigint[]), cast(:u as bigint[]), cast(:d as date[])) as x(member_id, unit_id, valid_from)""")
                    .param("m", a.stream().map(r -> (Long) r[0]).toArray(Long[]::new))
                    .param("u", a.stream().map(r -> (Long) r[1]).toArray(Long[]::new))
                    .param("d", a.stream().map(r -> java.sql.Date.valueOf((LocalDate) r[2])).toArray(java.sql.Date[]::new))
                    .update();
        }
        print("300,000 members and assignments inserted (30 statements, triggers maintaining the counts) in %d ms",
                (System.nanoTime() - t6) / 1_000_000);
        jdbc.sql("analyze").update();
        asSystem(() -> {
            String commune = jdbc.sql("""
                    select u.code from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null
                    where s.kind = 'DIRECTLY_UNDER' and s.path like (select path from org_unit_state x join org_unit y on y.id = x.unit_id
                      where y.code = 'T40' and x.valid_to is null) || '%' limit 1""").query(String.class).single();
            LocalDate at = LocalDate.of(2026, 2, 1);
            for (String scope : new String[] {"TW", "T40", commune}) {
                long unitId = jdbc.sql("select id from org_unit where code = ?").param(scope).query(Long.class).single();
                String path = jdbc.sql("select path from org_unit_state where unit_id = ? and valid_to is null").param(unitId)
                        .query(String.class).single();
                long summary = best(() -> organization.summary(scope, at));
                long pk = best(() -> jdbc.sql("select code from org_unit where id = ?").param(unitId).query(String.class).single());
                long scan = best(() -> jdbc.sql("""
                        select count(*) from member_assignment a join org_unit_state s on s.unit_id = a.unit_id
                          and s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)
                        where a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at) and s.path like :p""")
                        .param("at", at).param("p", path + "%").query(Long.class).single());
                long recursive = best(() -> jdbc.sql("""
                        with recursive sub(id) as (select cast(:id as bigint)
                          union all select s.unit_id from org_unit_state s join sub on s.parent_id = sub.id
                          where s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at))
                        select count(*) from member_assignment a join sub on a.unit_id = sub.id
                        where a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)""")
                        .param("id", unitId).param("at", at).query(Long.class).single());
                print("summary of %s (%d members): facade %.3f ms | floor: primary-key lookup %.3f ms | path scan %.3f ms | naive recursive count %.3f ms",
                        scope, organization.summary(scope, at).members(), summary / 1e6, pk / 1e6, scan / 1e6, recursive / 1e6);
            }
        });
        asSystem(() -> {
            for (String scope : new String[] {"TW", "T01", "T40"}) {
                long best = Long.MAX_VALUE;
                ComplianceView v = null;
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    v = campaigns.compliance(campaignId[0], scope, LocalDate.of(2026, 2, 1));
                    best = Math.min(best, System.nanoTime() - t);
                }
                print("compliance over %s (%d targets, %.1f%% done, %d not done listed): best of 5 %d ms", scope,
                        v.totals().targets(), v.percentDone(), v.notDone().size(), best / 1_000_000);
                assertThat(v.totals().targets()).isPositive();
            }
        });
        // 20,000 documents issued by communes, folded the same way the register folds them
        List<Long> communeIds = jdbc.sql("""
                select s.unit_id from org_unit_state s where s.valid_to is null and s.kind = 'DIRECTLY_UNDER'""")
                .query(Long.class).list();
        String[] words = {"kế hoạch", "thực hiện", "nghị quyết", "chỉnh đốn Đảng", "kiểm tra", "giám sát", "học tập",
                "làm theo", "tư tưởng", "đạo đức", "phong cách", "Hồ Chí Minh", "cán bộ", "đảng viên", "chi bộ", "sinh hoạt",
                "nêu gương", "tiếp dân", "đối thoại", "suy thoái", "tự diễn biến", "tự chuyển hóa", "khắc phục", "hạn chế"};
        Random random = new Random(11);
        List<Object[]> rows = new ArrayList<>();
        List<Long> ids = jdbc.sql("select nextval('org_seq') from generate_series(1, 20000)").query(Long.class).list();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                body.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            String title = "Kế hoạch " + (i + 1) + " về " + words[random.nextInt(words.length)] + " và "
                    + words[random.nextInt(words.length)];
            String number = (i % 900 + 1) + "-KH/ĐU";
            rows.add(new Object[] {ids.get(i), i % 900 + 1, "KH", "ĐU", number, communeIds.get(i % communeIds.size()),
                    "B" + i, LocalDate.of(2025, 8, 1).plusDays(i % 400), title, body.toString(),
                    VietnameseText.fold(number + " Kế hoạch " + title), VietnameseText.fold(body.toString())});
        }
        long t5 = System.nanoTime();
        template.batchUpdate("""
                insert into document (id, number, type_code, issuer_code, number_text, issuer_unit_id, term_label, issued_on,
                  title, body, search_head, search_text, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'benchmark')""", rows);
        print("20,000 documents inserted in %d ms", (System.nanoTime() - t5) / 1_000_000);
        jdbc.sql("analyze document").update();
        asSystem(() -> {
            for (String q : new String[] {"nghi quyet chinh don dang", "Hồ Chí Minh", "tu dien bien tu chuyen hoa",
                    "tiếp dân đối thoại khắc phục"}) {
                long best = Long.MAX_VALUE;
                long total = 0;
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    total = documents.search(q, null, 0, 20).total();
                    best = Math.min(best, System.nanoTime() - t);
                }
                print("search \"%s\" as an administrator: %d hits, first page of 20, best of 5 %d ms", q, total,
                        best / 1_000_000);
            }
        });
        var province = account("COMMITTEE_STAFF", "T40");
        assertThat(province).isNotNull();
    }

    /** Best of 20 runs after 5 warm-up runs, in nanoseconds. */
    private static long best(Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - t);
        }
        return best;
    }

    private static void print(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(format, args));
    }
}
