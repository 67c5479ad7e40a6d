package vn.chinhdon.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;

/**
 * A small tree per test, made through the facades: two provinces A and B; A has a district H1 with a
 * commune X1 and its cell C1; B has a ward Y1. One member in C1, one in Y1.
 */
abstract class PageTestSupport extends IntegrationTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    protected OrganizationManagement organization;

    @Autowired
    protected MemberManagement members;

    /** The unique prefix of this test's unit codes. */
    protected String p;
    /** A number that differs per test: same name and birth date would be a duplicate person. */
    protected int n;

    protected void tree() {
        p = unique("w");
        n = RUN.incrementAndGet();
        LocalDate from = LocalDate.of(2020, 1, 1);
        asSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(p + "-A", "Đảng bộ tỉnh Kiên Giang", "PROVINCIAL", null, from),
                    new UnitImportRow(p + "-H1", "Đảng bộ huyện Giang Thành", "DIRECTLY_UNDER", p + "-A", from),
                    new UnitImportRow(p + "-X1", "Đảng bộ xã Vĩnh Phú", "GRASSROOTS_COMMITTEE", p + "-H1", from),
                    new UnitImportRow(p + "-C1", "Chi bộ ấp Cống Cả", "SUBORDINATE_CELL", p + "-X1", from),
                    new UnitImportRow(p + "-B", "Đảng bộ tỉnh An Giang", "PROVINCIAL", null, from),
                    new UnitImportRow(p + "-Y1", "Đảng bộ phường Mỹ Bình", "DIRECTLY_UNDER", p + "-B", from)), 1);
            members.importMembers(List.of(
                    new MemberImportRow(p + "01", "Nguyễn Văn An", "Nam", birth(1950).toString(), "1995-03-02",
                            "1996-03-02", p + "-C1", null),
                    new MemberImportRow(p + "02", "Đặng Thị Ánh", "Nữ", birth(1960).toString(), "2010-01-10",
                            "2011-01-10", p + "-Y1", null)), 1);
        });
    }

    /** A birth date unique to this test: 1 January of the year, plus the test's number in days. */
    protected LocalDate birth(int year) {
        return LocalDate.of(year, 1, 1).plusDays(n);
    }

    /** The same, as typed in a Vietnamese file (dd/MM/yyyy). */
    protected String birthVi(int year) {
        return birth(year).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The member of this test's tree with the given card number suffix ("01" or "02"). */
    protected MemberView member(String card) {
        MemberView[] holder = new MemberView[1];
        asSystem(() -> holder[0] = members.search(null, p + card, null, 0, 5).items().get(0));
        return holder[0];
    }
}
