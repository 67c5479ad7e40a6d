package vn.chinhdon.directives.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.directives.CampaignManagement;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.NewDocument;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;

/**
 * A small cascade per test, made through the facades: the Central Committee TW with Resolution 04-NQ/TW;
 * the province P (Nghệ An) with its plan 196-KH/TU implementing it; P's communes X1 (Diễn Lâm, no plan)
 * and X2 (Trường Vinh, plan 07-KH/ĐU implementing 196-KH/TU) with X2's cell C2; another province Q (Long An).
 * A campaign of P, down to 2 levels, requires plans by 30/09/2019: X2 has delivered, X1 and C2 not.
 */
abstract class DirectivesPageTestSupport extends IntegrationTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    protected OrganizationManagement organization;

    @Autowired
    protected MemberManagement members;

    @Autowired
    protected DocumentRegister documents;

    @Autowired
    protected CampaignManagement campaigns;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Clock clock;

    protected String p;
    protected long nq;
    protected long plan;
    protected long communePlan;
    protected long campaign;

    protected void cascade() {
        p = unique("g");
        int n = RUN.incrementAndGet();
        LocalDate from = LocalDate.of(2010, 1, 1);
        asSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(p + "-TW", "Ban Chấp hành Trung ương thử", "CENTRAL", null, from),
                    new UnitImportRow(p + "-P", "Đảng bộ tỉnh Nghệ An", "PROVINCIAL", p + "-TW", from),
                    new UnitImportRow(p + "-X1", "Đảng bộ xã Diễn Lâm", "GRASSROOTS_COMMITTEE", p + "-P", from),
                    new UnitImportRow(p + "-X2", "Đảng bộ phường Trường Vinh", "GRASSROOTS_COMMITTEE", p + "-P", from),
                    new UnitImportRow(p + "-C2", "Chi bộ khối 1", "SUBORDINATE_CELL", p + "-X2", from),
                    new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Long An", "PROVINCIAL", p + "-TW", from)), 1);
            members.importMembers(List.of(
                    new MemberImportRow(p + "01", "Hồ Thị Lan", "Nữ", LocalDate.of(1965, 1, 1).plusDays(n).toString(),
                            "1990-05-19", "1991-05-19", p + "-C2", null)), 1);
            nq = documents.register(new NewDocument("04-NQ/TW", p + "-TW", LocalDate.of(2016, 10, 30),
                    "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng",
                    null, "Ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống.", false, List.of())).id();
            plan = documents.register(new NewDocument("196-KH/TU", p + "-P", LocalDate.of(2019, 6, 13),
                    "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết Trung ương 4 khóa XII", "Nguyễn Văn Nam",
                    "Các đảng bộ trực thuộc xây dựng kế hoạch thực hiện trước ngày 30/9/2019.", false, List.of(nq))).id();
            campaign = campaigns.open(new CampaignManagement.OpenCampaign(plan, p + "-P", 2, "PLAN",
                    LocalDate.of(2019, 9, 30), null, LocalDate.of(2019, 6, 15), 7)).id();
            communePlan = documents.register(new NewDocument("07-KH/ĐU", p + "-X2", LocalDate.of(2019, 7, 1),
                    "Kế hoạch của Đảng ủy phường Trường Vinh thực hiện Kế hoạch 196-KH/TU", null, "", false,
                    List.of(plan))).id();
        });
    }

    /** The id of the unit's obligation in a campaign. */
    protected long obligation(long campaignId, String unitCode) {
        return jdbc.sql("select id from obligation where campaign_id = ? and unit_id = (select id from org_unit where code = ?)")
                .params(campaignId, unitCode).query(Long.class).single();
    }
}
