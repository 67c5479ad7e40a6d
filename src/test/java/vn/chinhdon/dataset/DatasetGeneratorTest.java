package vn.chinhdon.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.RestructuringCommand;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UnitKind;
import vn.chinhdon.organization.UnitSummary;
import vn.chinhdon.shared.VietnameseSortKey;
import vn.chinhdon.shared.VietnameseText;

/**
 * The generator at its tiny scale beneath one commune formed on 1 July 2025 from two old communes: the
 * rows are those the application would have written (paths, folded names, sort keys, one open cell per
 * member still in the Party, continuous histories, unique cards), and the facades read them.
 */
class DatasetGeneratorTest extends IntegrationTest {

    @Autowired
    DatasetGenerator generator;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    DocumentRegister documents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tinyDatasetIsConsistent() throws Exception {
        String root = unique("DSR");
        String province = root + "-T";
        String district = root + "-H";
        LocalDate from = DatasetGenerator.HISTORY_START;
        LocalDate reform = LocalDate.of(2025, 7, 1);
        String commune = root + "-X";
        asSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(root, "Ban Chấp hành thử", "CENTRAL", null, from),
                    new UnitImportRow(province, "Đảng bộ tỉnh Thử", "PROVINCIAL", root, from),
                    new UnitImportRow(district, "Đảng bộ huyện Thử", "DIRECTLY_UNDER", province, from),
                    new UnitImportRow(root + "-A", "Đảng bộ xã Tân An", "GRASSROOTS_COMMITTEE", district, from),
                    new UnitImportRow(root + "-B", "Đảng bộ xã Tân Bình", "GRASSROOTS_COMMITTEE", district, from)), 1);
            organization.restructure(new RestructuringCommand(reform, "60-NQ/TW", "Sắp xếp thử", List.of(
                    new RestructuringCommand.Merge(List.of(root + "-A", root + "-B"), List.of(),
                            new RestructuringCommand.Target(commune, "Đảng bộ xã Tân Hợp", "DIRECTLY_UNDER", province)),
                    new RestructuringCommand.Dissolve(district, province))));
        });
        Path dir = Files.createTempDirectory("dataset-test");
        var result = generator.generate(Scale.TINY, 2025, root, List.of(commune), dir);

        String path = jdbc.sql("select s.path from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null where u.code = ?")
                .param(commune).query(String.class).single();
        // the members of the commune's cells and of the two old communes it was formed from
        String ours = """
                (select a.member_id from member_assignment a join org_unit u on u.id = a.unit_id
                   join org_unit_state s on s.unit_id = a.unit_id where s.path like '%s%%' or u.code in ('%s', '%s'))"""
                .formatted(path, root + "-A", root + "-B");
        long members = count("select count(*) from member where id in " + ours);
        assertThat(members).isEqualTo(300);
        assertThat(result.rows().get("member")).isEqualTo(members);
        assertThat(Files.list(dir).count()).isZero();

        // units: path = parent's path + own id, depth from the path, names folded
        assertThat(count("""
                select count(*) from org_unit_state s join org_unit_state p on p.unit_id = s.parent_id
                  and p.valid_from <= s.valid_from and (p.valid_to is null or p.valid_to > s.valid_from)
                where s.path like ? and s.unit_id <> (select id from org_unit where code = ?)
                  and (s.path <> p.path || s.unit_id || '/' or s.depth <> p.depth + 1)""", path + "%", commune)).isZero();
        long grassroots = count("select count(*) from org_unit_state where path like ? and kind in ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')", path + "%");
        assertThat(grassroots).isEqualTo(3);
        for (Map<String, Object> u : jdbc.sql("select name, name_folded from org_unit_state where path like ?")
                .param(path + "%").query().listOfRows()) {
            assertThat(u.get("name_folded")).isEqualTo(VietnameseText.fold((String) u.get("name")));
        }

        // members: NFC names folded and keyed as the application does; unique cards
        List<Map<String, Object>> rows = jdbc.sql("""
                select m.id, m.full_name, m.name_folded, m.sort_key, m.status, m.card_number, m.official_date from member m
                where m.id in""" + ours).query().listOfRows();
        for (Map<String, Object> m : rows) {
            String name = (String) m.get("full_name");
            assertThat(VietnameseText.nfc(name)).isEqualTo(name);
            assertThat(m.get("name_folded")).isEqualTo(VietnameseText.fold(name));
            assertThat(m.get("sort_key")).isEqualTo(VietnameseSortKey.ofPersonName(name));
            assertThat(m.get("card_number") == null).isEqualTo(m.get("official_date") == null);
        }
        assertThat(count("select count(*) - count(distinct card_number) from member where card_number is not null")).isZero();

        // every member still in the Party has exactly one open cell, those who left have none
        assertThat(count("""
                select count(*) from member m where m.id in %s and (select count(*) from member_assignment a
                  where a.member_id = m.id and a.valid_to is null)
                  <> case when m.status in ('TRANSFERRED_OUT', 'EXPELLED', 'DECEASED') then 0 else 1 end""".formatted(ours)))
                .isZero();
        // histories are continuous: each assignment ends where the next begins, within the unit's life
        assertThat(count("""
                select count(*) from member_assignment a join member_assignment b on b.member_id = a.member_id and b.id <> a.id
                  and b.valid_from >= a.valid_from and (b.valid_from < a.valid_to or a.valid_to is null)
                where a.member_id in %s""".formatted(ours))).isZero();
        assertThat(count("""
                select count(*) from member_assignment a join org_unit u on u.id = a.unit_id
                where a.member_id in %s and (a.valid_from < u.valid_from or (u.valid_to is not null and
                  (a.valid_to is null or a.valid_to > u.valid_to)))""".formatted(ours))).isZero();
        // some members came from the old communes through the reform, some moved between cells
        assertThat(count("select count(*) from member_assignment where member_id in %s and reason = 'RESTRUCTURING'"
                .formatted(ours))).isPositive();
        assertThat(count("select count(*) from member_assignment where member_id in %s and reason = 'TRANSFER'"
                .formatted(ours))).isPositive();
        assertThat(count("select count(*) from member_assignment a join org_unit u on u.id = a.unit_id where a.member_id in %s "
                .formatted(ours) + "and u.code = ?", root + "-B")).isPositive();

        // the facades read the dataset
        asSystem(() -> {
            UnitSummary summary = organization.summary(commune, LocalDate.of(2026, 1, 1));
            assertThat(summary.members()).isEqualTo(count(
                    "select count(*) from member_assignment a join org_unit_state s on s.unit_id = a.unit_id and s.valid_to is null "
                            + "where s.path like ? and a.valid_from <= '2026-01-01' and (a.valid_to is null or a.valid_to > '2026-01-01')",
                    path + "%"));
            // the seeded draw decides between grassroots cells and committees with subordinate cells
            assertThat(summary.units().getOrDefault(UnitKind.SUBORDINATE_CELL, 0L)
                    + summary.units().getOrDefault(UnitKind.GRASSROOTS_CELL, 0L)).as("cells in %s", summary).isPositive();
            UnitSummary before = organization.summary(root + "-A", LocalDate.of(2024, 1, 1));
            assertThat(before.members()).isPositive();
            assertThat(documents.search("Nghị quyết 60-NQ/TW", root, 0, 5).total()).isPositive();
        });
        assertThat(count("select count(*) from obligation o join org_unit_state s on s.unit_id = o.unit_id and s.valid_to is null "
                + "where s.path like ?", path + "%")).isEqualTo(2 * (grassroots + 1));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
