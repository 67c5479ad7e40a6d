package vn.chinhdon.directives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import vn.chinhdon.platform.CurrentUser;

/**
 * Dev mode's demo of the cascade, from the seed articles: Resolution 12-NQ/TW (khóa XI) → Plan 08-KH/TW →
 * Thái Bình's 26-KH/TU; Resolution 04-NQ/TW and Directive 05-CT/TW → Nghệ An's 196-KH/TU; the Khối các cơ
 * quan tỉnh Ninh Thuận where "100% tổ chức cơ sở đảng trực thuộc đã xây dựng kế hoạch"; and Resolution
 * 60-NQ/TW (its real text) with a 2025 campaign in Nghệ An whose compliance shows who has not delivered.
 * Numbers of subordinate plans not named in the seeds are illustrative. Runs once, after the
 * organization demo.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "chinhdon.demo-data", havingValue = "true")
class DirectivesDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectivesDemoData.class);

    private final DocumentRegister documents;
    private final CampaignManagement campaigns;
    private final Dissemination dissemination;
    private final ObligationReminders reminders;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    DirectivesDemoData(DocumentRegister documents, CampaignManagement campaigns, Dissemination dissemination,
            ObligationReminders reminders, JdbcClient jdbc, java.time.Clock clock) {
        this.documents = documents;
        this.campaigns = campaigns;
        this.dissemination = dissemination;
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from document").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from org_unit where code = 'T40'").query(Long.class).single() == 0) {
            return;
        }
        CurrentUser.runAsSystem(this::create);
        log.info("Directives demo data created");
    }

    private long doc(String number, String unit, String date, String title, String body, Long... implementsIds) {
        return documents.register(new NewDocument(number, unit, LocalDate.parse(date), title, null, body, false,
                List.of(implementsIds))).id();
    }

    private void create() {
        // khóa XI (seed of 2012, Thái Bình)
        long nq12 = doc("12-NQ/TW", "TW", "2012-01-16",
                "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI về một số vấn đề cấp bách về xây dựng Đảng hiện nay",
                "Ba vấn đề cấp bách: ngăn chặn, đẩy lùi tình trạng suy thoái về tư tưởng chính trị, đạo đức, lối sống; xây dựng đội ngũ cán bộ lãnh đạo, quản lý; xác định rõ thẩm quyền, trách nhiệm của người đứng đầu.");
        long kh08 = doc("08-KH/TW", "TW", "2012-03-12",
                "Kế hoạch của Bộ Chính trị thực hiện Nghị quyết Trung ương 4 khóa XI", "Kiểm điểm tự phê bình và phê bình.", nq12);
        doc("15-CT/TW", "TW", "2012-02-24", "Chỉ thị của Bộ Chính trị về việc tổ chức thực hiện Nghị quyết Trung ương 4 khóa XI",
                "", nq12);
        doc("11-HD/BTCTW", "TW", "2012-03-14",
                "Hướng dẫn về kiểm điểm, tự phê bình và phê bình theo Kế hoạch thực hiện Nghị quyết Trung ương 4 khóa XI",
                "Làm đến đâu chắc đến đó; tránh làm lướt, làm qua loa, hình thức, chiếu lệ.", kh08);
        doc("101-QĐ/TW", "TW", "2012-06-07",
                "Quy định trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là cán bộ lãnh đạo chủ chốt các cấp", "");
        doc("26-KH/TU", "T34", "2012-04-02", "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết Trung ương 4 khóa XI",
                "Kiểm điểm tập thể trước, cá nhân sau; mọi thông tin phải được kiểm tra, xác minh rõ ràng.", kh08);
        // khóa XII
        long nq04 = doc("04-NQ/TW", "TW", "2016-10-30",
                "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" trong nội bộ",
                "27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hóa\" trong nội bộ.");
        long ct05 = doc("05-CT/TW", "TW", "2016-05-15",
                "Chỉ thị của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.");
        doc("55-QĐ/TW", "TW", "2016-12-19",
                "Quy định về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên", "");
        doc("08-QĐi/TW", "TW", "2018-10-25",
                "Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương",
                "");
        doc("11-QĐi/TW", "TW", "2019-02-18",
                "Quy định về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân",
                "");
        doc("196-KH/TU", "T40", "2019-06-13", "Kế hoạch của Ban Thường vụ Tỉnh ủy với chủ đề \"Nghệ An làm theo lời Bác dặn\"",
                "Cụ thể hóa Chỉ thị 05-CT/TW và Nghị quyết Trung ương 4 khóa XII.", ct05, nq04);
        // Ninh Thuận, Khối các cơ quan tỉnh: every grassroots organization issued its plan
        long khoi = doc("12-KH/ĐUK", "T58-DUK", "2016-12-15",
                "Kế hoạch của Đảng ủy Khối các cơ quan tỉnh thực hiện Nghị quyết Trung ương 4 khóa XII gắn với Chỉ thị 05-CT/TW",
                "Các tổ chức cơ sở đảng trực thuộc xây dựng kế hoạch triển khai, quán triệt, học tập.", nq04, ct05);
        CampaignView ninhThuan = campaigns.open(new CampaignManagement.OpenCampaign(khoi, "T58-DUK", 1, "PLAN",
                LocalDate.of(2017, 3, 31), null, LocalDate.of(2016, 12, 20), 14));
        doc("03-KH/CB", "T58-DUK-STC", "2017-01-10", "Kế hoạch của Chi bộ Sở Tài chính thực hiện Kế hoạch 12-KH/ĐUK", "", khoi);
        doc("02-KH/CB", "T58-DUK-STP", "2017-02-03", "Kế hoạch của Chi bộ Sở Tư pháp thực hiện Kế hoạch 12-KH/ĐUK", "", khoi);
        doc("05-KH/ĐU", "T58-DUK-SGD", "2017-03-20", "Kế hoạch của Đảng ủy Sở Giáo dục và Đào tạo thực hiện Kế hoạch 12-KH/ĐUK",
                "", khoi);
        // 2025: Resolution 60-NQ/TW (its real text) and Nghệ An's campaign after the reorganization
        long nq60 = doc("60-NQ/TW", "TW", "2025-04-12", "Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII",
                resource("/demo/60-NQ_TW.md"));
        doc("10072-CV/BTCTW", "TW", "2025-11-06", "Công văn về việc kiểm điểm, đánh giá, xếp loại chất lượng năm 2025", "");
        long kh35 = doc("35-KH/TU", "T40", "2025-08-15", "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết 60-NQ/TW",
                "Các đảng bộ xã, phường trực thuộc xây dựng kế hoạch thực hiện trước ngày 30/9/2025.", nq60);
        CampaignView ngheAn = campaigns.open(new CampaignManagement.OpenCampaign(kh35, "T40", 1, "PLAN",
                LocalDate.of(2025, 9, 30), null, LocalDate.of(2025, 8, 16), 10));
        doc("07-KH/ĐU", "X16690", "2025-09-05", "Kế hoạch của Đảng ủy phường Trường Vinh thực hiện Kế hoạch 35-KH/TU", "",
                kh35);
        dissemination.record(new Dissemination.NewConference("X16690", LocalDate.of(2025, 8, 25), "IN_PERSON",
                "Hội nghị quán triệt Nghị quyết 60-NQ/TW", List.of(nq60, kh35),
                (int) Math.max(0, jdbc.sql("""
                        select count(*) * 9 / 10 from member_assignment a join org_unit_state s on s.unit_id = a.unit_id
                          and s.valid_from <= date '2025-08-25' and (s.valid_to is null or s.valid_to > date '2025-08-25')
                        where a.valid_from <= date '2025-08-25' and (a.valid_to is null or a.valid_to > date '2025-08-25')
                          and s.path like (select path from org_unit_state x join org_unit u on u.id = x.unit_id
                                           where u.code = 'X16690' and x.valid_to is null) || '%'""")
                        .query(Long.class).single())));
        log.info("Demo campaigns {} (Khối các cơ quan tỉnh Ninh Thuận) and {} (Nghệ An, 60-NQ/TW)", ninhThuan.id(),
                ngheAn.id());
        // today's reminders and late notices at once (the daily run is at 6:00), for the home page's "Việc cần làm"
        reminders.run(LocalDate.now(clock));
    }

    private static String resource(String path) {
        try (InputStream in = DirectivesDemoData.class.getResourceAsStream(path)) {
            String markdown = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the file is Pandoc Markdown: keep the words, drop table rules, emphasis and escapes
            return markdown.replaceAll("(?m)^\\s*-{5,}.*$", "").replace("**", "").replace("\\", "")
                    .replaceAll("(?m)^[ \\t]+", "").replaceAll("\n{3,}", "\n\n").trim();
        } catch (IOException e) {
            return "";
        }
    }
}
