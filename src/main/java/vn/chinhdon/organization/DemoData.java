package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.RestructuringCommand.Dissolve;
import vn.chinhdon.organization.RestructuringCommand.Merge;
import vn.chinhdon.organization.RestructuringCommand.Operation;
import vn.chinhdon.organization.RestructuringCommand.Target;
import vn.chinhdon.platform.CurrentUser;

/**
 * Dev mode's demo: the places of the seed articles (Long An, Nghệ An, Ninh Thuận's Khối các cơ quan,
 * Giang Thành in Kiên Giang, the 2012 province Thái Bình) as they stood before July 2025, their
 * members, the 1 July 2025 restructuring of those places as the real mapping did it, and one account
 * per role. Everything goes through the facades, as a user's import would. Runs once, into an empty
 * database.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "chinhdon.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "chinhdon2025";
    static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganizationManagement organization;
    private final MemberManagement members;
    private final UserManagement users;
    private final CommitteeManagement committees;

    DemoData(OrganizationManagement organization, MemberManagement members, UserManagement users,
            CommitteeManagement committees) {
        this.organization = organization;
        this.members = members;
        this.users = users;
        this.committees = committees;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser.runAsSystem(() -> {
            if (users.exists("admin")) {
                return;
            }
            long started = System.nanoTime();
            createTree();
            createMembers();
            restructure();
            createCommittees();
            createAccounts();
            log.info("Demo data created in {} ms; log in as admin / {}", (System.nanoTime() - started) / 1_000_000,
                    PASSWORD);
        });
    }

    private final List<UnitImportRow> units = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();

    private void unit(String code, String name, UnitKind kind, String parent) {
        units.add(new UnitImportRow(code, name, kind.name(), parent, FOUNDED));
        if (kind.isCell()) {
            cells.add(code);
        }
    }

    private void cells(String parent, UnitKind kind, String... names) {
        for (int i = 0; i < names.length; i++) {
            unit(parent + "-CB" + String.format("%02d", i + 1), names[i], kind, parent);
        }
    }

    void createTree() {
        unit("TW", "Ban Chấp hành Trung ương Đảng", UnitKind.CENTRAL, null);
        // Long An (seed: Secretariat delegation, 19/7/2019) and Tây Ninh, merged on 1/7/2025
        unit("T80", "Đảng bộ tỉnh Long An", UnitKind.PROVINCIAL, "TW");
        unit("T80-DUK", "Đảng bộ Khối các cơ quan tỉnh Long An", UnitKind.DIRECTLY_UNDER, "T80");
        unit("T80-DUK-VPTU", "Chi bộ Văn phòng Tỉnh ủy Long An", UnitKind.GRASSROOTS_CELL, "T80-DUK");
        unit("T80-DUK-BTC", "Chi bộ Ban Tổ chức Tỉnh ủy Long An", UnitKind.GRASSROOTS_CELL, "T80-DUK");
        unit("H794", "Đảng bộ thành phố Tân An", UnitKind.DIRECTLY_UNDER, "T80");
        unit("X27694", "Đảng bộ Phường 1", UnitKind.GRASSROOTS_COMMITTEE, "H794");
        cells("X27694", UnitKind.SUBORDINATE_CELL, "Chi bộ Khu phố 1", "Chi bộ Khu phố 2", "Chi bộ Khu phố 3");
        unit("X27685", "Đảng bộ Phường 5", UnitKind.GRASSROOTS_COMMITTEE, "H794");
        cells("X27685", UnitKind.SUBORDINATE_CELL, "Chi bộ Khu phố Bình Đông", "Chi bộ Khu phố Nhơn Cầu");
        unit("T72", "Đảng bộ tỉnh Tây Ninh", UnitKind.PROVINCIAL, "TW");
        unit("T72-DUK", "Đảng bộ Khối các cơ quan tỉnh Tây Ninh", UnitKind.DIRECTLY_UNDER, "T72");
        unit("T72-DUK-VPTU", "Chi bộ Văn phòng Tỉnh ủy Tây Ninh", UnitKind.GRASSROOTS_CELL, "T72-DUK");
        // Nghệ An (seed: 196-KH/TU, "Nghệ An làm theo lời Bác dặn")
        unit("T40", "Đảng bộ tỉnh Nghệ An", UnitKind.PROVINCIAL, "TW");
        unit("H412", "Đảng bộ thành phố Vinh", UnitKind.DIRECTLY_UNDER, "T40");
        unit("X16675", "Đảng bộ phường Hưng Dũng", UnitKind.GRASSROOTS_COMMITTEE, "H412");
        cells("X16675", UnitKind.SUBORDINATE_CELL, "Chi bộ khối 1", "Chi bộ khối 2", "Chi bộ khối 3");
        unit("X16673", "Đảng bộ phường Hưng Phúc", UnitKind.GRASSROOTS_COMMITTEE, "H412");
        cells("X16673", UnitKind.SUBORDINATE_CELL, "Chi bộ khối Phúc Thành", "Chi bộ khối Phúc Hợp");
        unit("H425", "Đảng bộ huyện Diễn Châu", UnitKind.DIRECTLY_UNDER, "T40");
        unit("X17392", "Đảng bộ xã Diễn Lâm", UnitKind.GRASSROOTS_COMMITTEE, "H425");
        cells("X17392", UnitKind.SUBORDINATE_CELL, "Chi bộ xóm 1", "Chi bộ xóm 2");
        // Ninh Thuận's Khối các cơ quan tỉnh (seed: "100% tổ chức cơ sở đảng trực thuộc đã xây dựng kế hoạch")
        unit("T58", "Đảng bộ tỉnh Ninh Thuận", UnitKind.PROVINCIAL, "TW");
        unit("T58-DUK", "Đảng bộ Khối các cơ quan tỉnh Ninh Thuận", UnitKind.DIRECTLY_UNDER, "T58");
        unit("T58-DUK-STC", "Chi bộ Sở Tài chính", UnitKind.GRASSROOTS_CELL, "T58-DUK");
        unit("T58-DUK-STP", "Chi bộ Sở Tư pháp", UnitKind.GRASSROOTS_CELL, "T58-DUK");
        unit("T58-DUK-SGD", "Đảng bộ Sở Giáo dục và Đào tạo", UnitKind.GRASSROOTS_COMMITTEE, "T58-DUK");
        cells("T58-DUK-SGD", UnitKind.SUBORDINATE_CELL, "Chi bộ Văn phòng Sở", "Chi bộ Phòng Giáo dục trung học");
        unit("T56", "Đảng bộ tỉnh Khánh Hòa", UnitKind.PROVINCIAL, "TW");
        unit("T56-DUK", "Đảng bộ Khối các cơ quan tỉnh Khánh Hòa", UnitKind.DIRECTLY_UNDER, "T56");
        unit("T56-DUK-VPTU", "Chi bộ Văn phòng Tỉnh ủy Khánh Hòa", UnitKind.GRASSROOTS_CELL, "T56-DUK");
        // Giang Thành, Kiên Giang (seed: 5 expressions of degradation, commitments signed with the cell)
        unit("T91", "Đảng bộ tỉnh Kiên Giang", UnitKind.PROVINCIAL, "TW");
        unit("H914", "Đảng bộ huyện Giang Thành", UnitKind.DIRECTLY_UNDER, "T91");
        unit("X30791", "Đảng bộ xã Vĩnh Phú", UnitKind.GRASSROOTS_COMMITTEE, "H914");
        cells("X30791", UnitKind.SUBORDINATE_CELL, "Chi bộ ấp Cống Cả", "Chi bộ ấp Rạch Dừa");
        unit("X30793", "Đảng bộ xã Vĩnh Điều", UnitKind.GRASSROOTS_COMMITTEE, "H914");
        cells("X30793", UnitKind.SUBORDINATE_CELL, "Chi bộ ấp Đồng Cơ", "Chi bộ ấp Tràm Trổi");
        unit("X30796", "Đảng bộ xã Tân Khánh Hòa", UnitKind.GRASSROOTS_COMMITTEE, "H914");
        cells("X30796", UnitKind.SUBORDINATE_CELL, "Chi bộ ấp Khánh Hòa", "Chi bộ ấp Tân Khánh");
        unit("X30797", "Đảng bộ xã Phú Lợi", UnitKind.GRASSROOTS_COMMITTEE, "H914");
        cells("X30797", UnitKind.SUBORDINATE_CELL, "Chi bộ ấp Trần Thệ", "Chi bộ ấp Thuận An");
        unit("X30799", "Đảng bộ xã Phú Mỹ", UnitKind.GRASSROOTS_COMMITTEE, "H914");
        cells("X30799", UnitKind.SUBORDINATE_CELL, "Chi bộ ấp Trà Phô", "Chi bộ ấp Cây Gáo");
        unit("T89", "Đảng bộ tỉnh An Giang", UnitKind.PROVINCIAL, "TW");
        unit("T89-DUK", "Đảng bộ Khối các cơ quan tỉnh An Giang", UnitKind.DIRECTLY_UNDER, "T89");
        unit("T89-DUK-VPTU", "Chi bộ Văn phòng Tỉnh ủy An Giang", UnitKind.GRASSROOTS_CELL, "T89-DUK");
        // Thái Bình (seed of 2012: lessons of the Resolution 4 (khóa XI) reviews) and Hưng Yên
        unit("T34", "Đảng bộ tỉnh Thái Bình", UnitKind.PROVINCIAL, "TW");
        unit("H336", "Đảng bộ thành phố Thái Bình", UnitKind.DIRECTLY_UNDER, "T34");
        unit("X12433", "Đảng bộ phường Lê Hồng Phong", UnitKind.GRASSROOTS_COMMITTEE, "H336");
        cells("X12433", UnitKind.SUBORDINATE_CELL, "Chi bộ tổ dân phố 1", "Chi bộ tổ dân phố 2");
        unit("T33", "Đảng bộ tỉnh Hưng Yên", UnitKind.PROVINCIAL, "TW");
        unit("T33-DUK", "Đảng bộ Khối các cơ quan tỉnh Hưng Yên", UnitKind.DIRECTLY_UNDER, "T33");
        unit("T33-DUK-VPTU", "Chi bộ Văn phòng Tỉnh ủy Hưng Yên", UnitKind.GRASSROOTS_CELL, "T33-DUK");
        organization.importUnits(units, 1);
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Hồng", "Thanh", "Kim", "Mỹ", "Thùy"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Khánh",
            "Long", "Minh", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Châu", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh",
            "Mai", "Nga", "Nhung", "Phương", "Tâm", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Ánh"};

    void createMembers() {
        Random random = new Random(2016);
        List<MemberImportRow> rows = new ArrayList<>();
        int card = 1;
        for (String cell : cells) {
            int n = 6 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                boolean female = random.nextInt(100) < 45;
                String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                        + (female ? MIDDLE_FEMALE : MIDDLE_MALE)[random.nextInt(8)] + " "
                        + (female ? GIVEN_FEMALE : GIVEN_MALE)[random.nextInt(20)];
                LocalDate birth = LocalDate.of(1955 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
                LocalDate admission = birth.plusYears(20 + random.nextInt(15)).plusDays(random.nextInt(300));
                if (admission.isAfter(LocalDate.of(2024, 6, 1))) {
                    admission = LocalDate.of(2024, 6, 1).minusDays(random.nextInt(500));
                }
                boolean probationary = admission.isAfter(LocalDate.of(2024, 1, 1));
                rows.add(new MemberImportRow(probationary ? null : String.format("DV%07d", card++), name,
                        female ? "Nữ" : "Nam", birth.toString(), admission.toString(),
                        probationary ? null : admission.plusYears(1).toString(), cell, null));
            }
        }
        // same name and birth date would be refused as a duplicate: keep the first of each
        List<MemberImportRow> unique = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (MemberImportRow r : rows) {
            if (seen.add(r.fullName() + r.birthDate())) {
                unique.add(r);
            }
        }
        members.importMembers(unique, 1);
    }

    void restructure() {
        List<Operation> ops = new ArrayList<>();
        ops.add(merge(List.of("T72", "T80"), "T80", "Đảng bộ tỉnh Tây Ninh", UnitKind.PROVINCIAL, "TW"));
        ops.add(merge(List.of("T56", "T58"), "T56", "Đảng bộ tỉnh Khánh Hòa", UnitKind.PROVINCIAL, "TW"));
        ops.add(merge(List.of("T89", "T91"), "T91", "Đảng bộ tỉnh An Giang", UnitKind.PROVINCIAL, "TW"));
        ops.add(merge(List.of("T33", "T34"), "T33", "Đảng bộ tỉnh Hưng Yên", UnitKind.PROVINCIAL, "TW"));
        ops.add(merge(List.of("X27685", "X27694"), "X27694", "Đảng bộ phường Long An", UnitKind.DIRECTLY_UNDER, "T80"));
        ops.add(merge(List.of("X16673", "X16675"), "X16690", "Đảng bộ phường Trường Vinh", UnitKind.DIRECTLY_UNDER,
                "T40"));
        ops.add(merge(List.of("X17392"), "X17392", "Đảng bộ xã Diễn Lâm", UnitKind.DIRECTLY_UNDER, "T40"));
        ops.add(merge(List.of("X30791", "X30793"), "X30793", "Đảng bộ xã Vĩnh Điều", UnitKind.DIRECTLY_UNDER, "T91"));
        ops.add(merge(List.of("X30796", "X30797", "X30799"), "X30796", "Đảng bộ xã Giang Thành",
                UnitKind.DIRECTLY_UNDER, "T91"));
        ops.add(merge(List.of("X12433"), "X12433", "Đảng bộ phường Lê Hồng Phong", UnitKind.DIRECTLY_UNDER, "T33"));
        for (String district : List.of("H794", "H412", "H425", "H914", "H336")) {
            String province = switch (district) {
                case "H794" -> "T80";
                case "H914" -> "T91";
                case "H336" -> "T33";
                default -> "T40";
            };
            ops.add(new Dissolve(district, province));
        }
        organization.restructure(new RestructuringCommand(REFORM, "60-NQ/TW",
                "Sắp xếp tổ chức đảng theo đơn vị hành chính hai cấp từ 01/7/2025", ops));
    }

    private static Merge merge(List<String> sources, String code, String name, UnitKind kind, String parent) {
        return new Merge(sources, List.of(), new Target(code, name, kind.name(), parent));
    }

    /** Terms 2020–2025 and 2025–2030 of the provincial committees, seats taken from their own members. */
    void createCommittees() {
        for (String province : List.of("T40", "T80", "T91", "T56", "T33")) {
            var term1 = committees.openTerm(province, "2020–2025", LocalDate.of(2020, 10, 15), LocalDate.of(2025, 10, 15));
            var term2 = committees.openTerm(province, "2025–2030", LocalDate.of(2025, 10, 15), null);
            var people = members.search(province, null, null, 0, 12).items();
            Position[] seats = {Position.SECRETARY, Position.DEPUTY_SECRETARY, Position.STANDING_MEMBER,
                    Position.INSPECTION_CHAIR, Position.COMMITTEE_MEMBER, Position.COMMITTEE_MEMBER};
            for (int i = 0; i < seats.length && i < people.size(); i++) {
                committees.appoint(province, term1.id(), people.get(i).id(), seats[i].name(), i == 0, null);
                int j = (i + 1) % Math.min(seats.length, people.size());
                committees.appoint(province, term2.id(), people.get(j).id(), seats[i].name(), i == 0, null);
            }
        }
    }

    void createAccounts() {
        account("admin", "Quản trị hệ thống", "ADMIN", null);
        account("vanphong.tayninh", "Văn phòng Tỉnh ủy Tây Ninh", "COMMITTEE_STAFF", "T80");
        account("tochuc.nghean", "Ban Tổ chức Tỉnh ủy Nghệ An", "ORGANIZATION_BOARD", "T40");
        account("ubkt.angiang", "Ủy ban Kiểm tra Tỉnh ủy An Giang", "INSPECTION_COMMISSION", "T91");
        account("doankt.khanhhoa", "Thành viên đoàn kiểm tra (Khối các cơ quan)", "DELEGATION_MEMBER", "T58-DUK");
        account("bithu.trapho", "Bí thư Chi bộ ấp Trà Phô", "CELL_SECRETARY", "X30799-CB01");
        account("nguoidungdau.nghean", "Bí thư Tỉnh ủy Nghệ An (người đứng đầu)", "HEAD", "T40");
        account("tiepdan.nghean", "Cán bộ tiếp dân Tỉnh ủy Nghệ An", "RECEPTION_CLERK", "T40");
        var first = members.search("X16675-CB01", null, null, 0, 1).items();
        Long memberId = first.isEmpty() ? null : first.get(0).id();
        users.create(new UserManagement.NewUser("dangvien.hungdung", PASSWORD,
                first.isEmpty() ? "Đảng viên" : first.get(0).fullName(), memberId,
                List.of(new UserManagement.GrantRequest("MEMBER", "X16675-CB01"))));
    }

    private void account(String username, String displayName, String role, String unit) {
        users.create(new UserManagement.NewUser(username, PASSWORD, displayName, null,
                List.of(new UserManagement.GrantRequest(role, unit))));
    }
}
