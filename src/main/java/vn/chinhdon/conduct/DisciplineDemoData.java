package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.CurrentUser;

/**
 * Dev mode's discipline decisions in Kiên Giang / An Giang (the demo province of seed 003), recorded by the province's
 * inspection commission through the facade: a member of Chi bộ ấp Cây Gáo warned by the district's commission in 2023
 * (lapsed a year after its announcement); a member of Chi bộ ấp Trà Phô reprimanded by the province's commission in
 * November 2025, who complained — the complaint upheld in January 2026, so it lapses a year after that; and the party
 * committee of xã Vĩnh Điều warned by the province's standing committee in February 2026. Names, numbers and
 * violations are illustrative.
 */
@Component
@Order(51)
@ConditionalOnProperty(name = "chinhdon.demo-data", havingValue = "true")
class DisciplineDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DisciplineDemoData.class);
    static final String COMMISSION = "ubkt.angiang";
    static final String PROVINCE = "T91";
    static final String DISTRICT = "H914";

    private final DisciplineManagement disciplines;
    private final MemberManagement members;
    private final UserManagement users;
    private final JdbcClient jdbc;

    DisciplineDemoData(DisciplineManagement disciplines, MemberManagement members, UserManagement users,
            JdbcClient jdbc) {
        this.disciplines = disciplines;
        this.members = members;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from discipline").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from org_unit where code in (?, ?, 'X30793', 'X30799-CB01', 'X30799-CB02')")
                        .params(PROVINCE, DISTRICT).query(Long.class).single() < 5
                || !users.exists(COMMISSION)) {
            return;
        }
        LocalDate warned = LocalDate.of(2023, 6, 8);
        LocalDate reprimanded = LocalDate.of(2025, 11, 20);
        List<MemberView> cayGao = cell("X30799-CB02", warned);
        List<MemberView> traPho = cell("X30799-CB01", reprimanded);
        users.runAs(COMMISSION, () -> {
            if (!cayGao.isEmpty()) {
                disciplines.record(new NewDiscipline(cayGao.get(0).id(), null, "WARNING", null, DISTRICT,
                        "Ủy ban Kiểm tra Huyện ủy Giang Thành", "07-QĐ/UBKTHU", warned, LocalDate.of(2023, 6, 12),
                        "Vi phạm quy định về những điều đảng viên không được làm: cho vay nặng lãi trong ấp.", false));
            }
            if (!traPho.isEmpty()) {
                long id = disciplines.record(new NewDiscipline(traPho.get(0).id(), null, "REPRIMAND", null, PROVINCE,
                        "Ủy ban Kiểm tra Tỉnh ủy An Giang", "15-QĐ/UBKTTU", reprimanded, LocalDate.of(2025, 11, 25),
                        "Thiếu trách nhiệm trong quản lý, sử dụng kinh phí hoạt động của chi bộ năm 2024.", false)).id();
                disciplines.complain(id, LocalDate.of(2025, 12, 5), null);
                disciplines.resolve(id, new DisciplineManagement.Resolution(LocalDate.of(2026, 1, 15), "UPHELD", null,
                        "02-QĐ/UBKTTU", "Giữ nguyên hình thức khiển trách."), null);
            }
            disciplines.record(new NewDiscipline(null, "X30793", "WARNING", null, PROVINCE,
                    "Ban Thường vụ Tỉnh ủy An Giang", "120-QĐ/TU", LocalDate.of(2026, 2, 10), null,
                    "Buông lỏng lãnh đạo, để xảy ra sai phạm trong quản lý đất đai tại xã; nhiều đảng viên vi phạm.",
                    false));
        });
        log.info("Discipline demo data created");
    }

    /** The members of the cell on the date, its own members only. */
    private List<MemberView> cell(String code, LocalDate on) {
        Object[] out = new Object[1];
        CurrentUser.runAsSystem(() -> out[0] = members.search(code, null, on, 0, 50).items());
        @SuppressWarnings("unchecked")
        List<MemberView> list = (List<MemberView>) out[0];
        return list.stream().filter(m -> m.unitCode().equals(code)).toList();
    }
}
