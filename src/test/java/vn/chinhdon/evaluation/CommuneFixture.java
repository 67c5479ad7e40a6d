package vn.chinhdon.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.platform.CurrentUser;

/**
 * The tree of the evaluation tests: a province of Nghệ An ({@code p-P}) with a commune ({@code p-W}, grassroots
 * committee) of two cells ({@code p-C1}, {@code p-C2}), and another province ({@code p-Q}); the members of each cell
 * (the last of the second admitted on 02/09/2025, less than 6 months before the end of 2025); the first member of the
 * first cell its secretary, the head. Members by name in {@link #member}.
 */
public final class CommuneFixture {

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);

    public final String p;
    public final Map<String, Long> member = new LinkedHashMap<>();

    private CommuneFixture(String p) {
        this.p = p;
    }

    public static CommuneFixture create(String p, LocalDate birth, List<String> cellOne, List<String> cellTwo,
            OrganizationManagement organization, MemberManagement members, CommitteeManagement committees) {
        CommuneFixture f = new CommuneFixture(p);
        CurrentUser.runAsSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, FROM),
                    new UnitImportRow(p + "-P", "Đảng bộ tỉnh Nghệ An", "PROVINCIAL", p + "-R", FROM),
                    new UnitImportRow(p + "-W", "Đảng bộ xã Nam Đàn", "GRASSROOTS_COMMITTEE", p + "-P", FROM),
                    new UnitImportRow(p + "-C1", "Chi bộ xóm 1", "SUBORDINATE_CELL", p + "-W", FROM),
                    new UnitImportRow(p + "-C2", "Chi bộ xóm 2", "SUBORDINATE_CELL", p + "-W", FROM),
                    new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", p + "-R", FROM)), 1);
            List<MemberImportRow> rows = new ArrayList<>();
            for (String n : cellOne) {
                rows.add(f.row(n, "-C1", birth, "2000-01-01"));
            }
            for (int i = 0; i < cellTwo.size(); i++) {
                rows.add(f.row(cellTwo.get(i), "-C2", birth, i == cellTwo.size() - 1 ? "2025-09-02" : "2000-01-01"));
            }
            members.importMembers(rows, 1);
            members.search(p + "-P", null, null, 0, 50).items().forEach(m -> f.member.put(m.fullName(), m.id()));
            var cell = committees.openTerm(p + "-C1", "2020–2025", LocalDate.of(2020, 1, 1), null);
            committees.appoint(p + "-C1", cell.id(), f.member.get(cellOne.get(0)), "SECRETARY", true,
                    LocalDate.of(2020, 1, 1));
        });
        return f;
    }

    private MemberImportRow row(String name, String unit, LocalDate birth, String admitted) {
        return new MemberImportRow(null, name, name.contains("Thị") ? "Nữ" : "Nam", birth.toString(), admitted,
                admitted.startsWith("2025") ? null : "2001-01-01", p + unit, null);
    }
}
