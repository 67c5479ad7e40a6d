package vn.chinhdon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.chinhdon.directives.CampaignManagement;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.NewDocument;
import vn.chinhdon.evaluation.EvaluationManagement;
import vn.chinhdon.evaluation.EvaluationQueries;
import vn.chinhdon.evaluation.NewSeason;
import vn.chinhdon.evaluation.RatingCommand;
import vn.chinhdon.inspection.InspectionManagement;
import vn.chinhdon.inspection.NewInspection;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.NewFollowUp;
import vn.chinhdon.remediation.Source;
import vn.chinhdon.remediation.SourceKind;
import vn.chinhdon.review.NewRound;
import vn.chinhdon.review.ReviewManagement;

/**
 * A provincial organization board on a 360 px phone, in a real browser (Debian's chromium, headless):
 * log in, open the tree, expand a node, open the unit, import one member from a CSV file; then documents, a
 * campaign, follow-up tasks, inspections, a self-criticism review and a rating season. Every page is checked for horizontal overflow and script errors (the
 * Content-Security-Policy forbids inline scripts), and saved as a screenshot under target/screenshots at 360 px
 * and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
class BrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "mat-khau-2025";

    @LocalServerPort
    int port;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    UserManagement users;

    @Autowired
    DocumentRegister documents;

    @Autowired
    CampaignManagement campaigns;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private String p;
    private long plan;
    private long campaign;
    private long followUp;

    @Autowired
    FollowUpManagement followUps;

    @Autowired
    InspectionManagement inspections;

    @Autowired
    java.time.Clock clock;

    private long inspection;

    @Autowired
    ReviewManagement reviews;

    private long round;
    private long cellReview;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    EvaluationQueries evaluationQueries;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long season;
    private long memberRating;

    @BeforeAll
    static void browserIsInstalled() {
        assertThat(CHROMEDRIVER)
                .as("The browser test needs Debian's chromium and its driver: apt-get install -y chromium chromium-driver")
                .exists();
        assertThat(CHROMIUM).as("apt-get install -y chromium chromium-driver").exists();
        System.setProperty("SE_OFFLINE", "true");
    }

    @BeforeEach
    void start() throws IOException {
        p = "b" + System.nanoTime() % 1_000_000;
        LocalDate from = LocalDate.of(2020, 1, 1);
        CurrentUser.runAsSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(p + "-T", "Đảng bộ tỉnh Nghệ An", "PROVINCIAL", null, from),
                    new UnitImportRow(p + "-X", "Đảng bộ phường Hưng Dũng", "GRASSROOTS_COMMITTEE", p + "-T", from),
                    new UnitImportRow(p + "-C", "Chi bộ khối 1", "SUBORDINATE_CELL", p + "-X", from)), 1);
            members.importMembers(List.of(new MemberImportRow(p + "01", "Nguyễn Thị Hương", "Nữ", "1975-09-02",
                    "2000-05-19", "2001-05-19", p + "-C", null)), 1);
            users.create(new UserManagement.NewUser("tochuc." + p, PASSWORD, "Ban Tổ chức Tỉnh ủy Nghệ An", null,
                    List.of(new UserManagement.GrantRequest("ORGANIZATION_BOARD", p + "-T"),
                            new UserManagement.GrantRequest("COMMITTEE_STAFF", p + "-X"))));
            // the province's plan, a campaign down to the cells, and the ward's plan (the cell has none)
            plan = documents.register(new NewDocument("196-KH/TU", p + "-T", LocalDate.of(2021, 6, 13),
                    "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết Trung ương 4 khóa XII", null,
                    "Các tổ chức cơ sở đảng xây dựng kế hoạch thực hiện trước ngày 30/9/2021.", false, List.of())).id();
            campaign = campaigns.open(new CampaignManagement.OpenCampaign(plan, p + "-T", 2, "PLAN",
                    LocalDate.of(2021, 9, 30), null, LocalDate.of(2021, 6, 15), 7)).id();
            documents.register(new NewDocument("07-KH/ĐU", p + "-X", LocalDate.of(2021, 7, 1),
                    "Kế hoạch của Đảng ủy phường Hưng Dũng thực hiện Kế hoạch 196-KH/TU", null, "", false, List.of(plan)));
            // a follow-up task of the ward, late since 2021, to be remedied with evidence
            followUp = followUps.open(new NewFollowUp(new Source(SourceKind.INSPECTION, 1L,
                    "Thông báo kết luận kiểm tra của Ủy ban Kiểm tra Tỉnh ủy (thử nghiệm giao diện)"), p + "-X", null, p + "-T",
                    "Sinh hoạt chi bộ chậm đổi mới, nặng về chuyên môn: xây dựng chuyên đề sinh hoạt về công tác xây dựng Đảng",
                    LocalDate.of(2021, 12, 31), null, LocalDate.of(2021, 10, 1), null)).id();
            // an inspection the ward proposes of its cell: its page shows every form of the preparation
            LocalDate today = LocalDate.now(clock);
            inspection = inspections.propose(new NewInspection(p + "-X", "COMMITTEE", "THEMATIC_INSPECTION",
                    "Kiểm tra việc thực hiện Kế hoạch 07-KH/ĐU về sinh hoạt chuyên đề", null, today.minusYears(1),
                    today.minusDays(1), null, List.of(p + "-C"), List.of(), List.of(plan), null)).id();
            // the ward's review round of this year, its cell taking part: the cell's collective reviews first
            round = reviews.open(new NewRound(p + "-X", "Kiểm điểm tự phê bình và phê bình năm " + today.getYear(), "YEAR",
                    String.valueOf(today.getYear()), today.withDayOfYear(1), today, 1, today.plusDays(30), null, null)).id();
            cellReview = reviews.reviewsOf(round, p + "-C").get(0).id();
            // the ward's rating season of last year: the cell and its member self-assessed, the member proposed
            // Hoàn thành tốt against an open finding of the ledger
            int year = today.getYear() - 1;
            season = evaluations.open(new NewSeason(p + "-X", "Đánh giá, xếp loại chất lượng năm " + year, year, null,
                    null, today.plusDays(30), 1)).id();
            var lines = evaluationQueries.ratings(season, p + "-C", null, false, null, 0).items();
            long cell = lines.stream().filter(l -> l.memberId() == null).findFirst().orElseThrow().id();
            memberRating = lines.stream().filter(l -> l.memberId() != null).findFirst().orElseThrow().id();
            java.math.BigDecimal score = java.math.BigDecimal.valueOf(80);
            evaluations.selfAssess(cell, new RatingCommand("GOOD", score, "Chi bộ hoàn thành tốt nhiệm vụ.", null, null,
                    null, null, evaluationQueries.rating(cell).version()));
            evaluations.selfAssess(memberRating, new RatingCommand("GOOD", score, "Hoàn thành tốt nhiệm vụ được giao.",
                    null, null, null, null, evaluationQueries.rating(memberRating).version()));
            jdbc.sql("""
                    insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, summary, detail,
                      occurred_on, closed_on, self_remedied, created_at)
                    values (nextval('org_seq'), (select member_id from evaluation_rating where id = ?),
                      (select id from org_unit where code = ?), 'FINDING', 'TEST', nextval('org_seq'), ?, 'SHORTCOMING',
                      ?, null, false, now())""")
                    .params(memberRating, p + "-C", "Chưa gương mẫu thực hiện chế độ sinh hoạt chi bộ",
                            java.time.LocalDate.of(year, 4, 1))
                    .update();
            evaluations.propose(memberRating, new RatingCommand("GOOD", score, "Chi ủy đề nghị Hoàn thành tốt nhiệm vụ.",
                    null, null, null, false, evaluationQueries.rating(memberRating).version()));
        });
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=360,800", "--lang=vi", "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // a desktop window cannot be narrower than about 500 px: emulate the phone's screen instead
        screen(360, 800, true);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aBoardLogsInOpensTheTreeAndImportsAMemberOnAPhone() throws IOException {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.titleContains("Chỉnh Đốn"));
        checkPage("login-360");
        driver.findElement(By.id("username")).sendKeys("tochuc." + p);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Đơn vị của tôi"));
        checkPage("home-360");

        // the menu is folded on a phone: open it, then go to the tree
        driver.findElement(By.cssSelector(".navbar-toggler")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Cây tổ chức"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cây tổ chức"));
        WebElement province = driver.findElement(By.linkText("Đảng bộ tỉnh Nghệ An"));
        province.findElement(By.xpath("ancestor::li[1]//button[contains(@class,'tree-toggle')]")).click();
        WebElement ward = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Đảng bộ phường Hưng Dũng")));
        checkPage("tree-360");

        ward.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Đảng bộ phường Hưng Dũng"));
        assertThat(driver.getPageSource()).contains("Nguyễn Thị Hương").contains("Đang hoạt động");
        checkPage("unit-360");

        driver.findElement(By.linkText("Nhập đảng viên")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nhập đảng viên"));
        upload(p + "02,Trần Văn Hùng,Nam,15/03/1982,10/01/2006,10/01/2007," + p + "-C");
        checkPage("import-360");

        // the same pages on a desktop screen
        screen(1280, 900, false);
        driver.get(url("/units"));
        driver.findElement(By.linkText("Đảng bộ tỉnh Nghệ An"))
                .findElement(By.xpath("ancestor::li[1]//button[contains(@class,'tree-toggle')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Đảng bộ phường Hưng Dũng")));
        checkPage("tree-1280");
        driver.get(url("/units/" + p + "-X"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Đảng bộ phường Hưng Dũng"));
        assertThat(driver.getPageSource()).contains("Trần Văn Hùng");
        checkPage("unit-1280");
        driver.get(url("/import/members?unitCode=" + p + "-X"));
        upload(p + "03,Lê Thị Mai,Nữ,20/11/1990,03/02/2015,03/02/2016," + p + "-C");
        checkPage("import-1280");

        // the documents: a search without diacritics finds and highlights the plans
        driver.get(url("/documents"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Văn bản"));
        driver.findElement(By.id("q")).sendKeys("ke hoach");
        click(driver.findElement(By.cssSelector("#documents-form button[type=submit]")));
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results mark")));
        assertThat(mark.getText().toLowerCase()).isIn("kế", "hoạch", "kế hoạch");
        assertThat(driver.getPageSource()).contains("196-KH/TU").contains("07-KH/ĐU");
        checkPage("documents-1280");
        click(driver.findElement(By.linkText("196-KH/TU")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "196-KH/TU"));
        assertThat(driver.getPageSource()).contains("Cây văn bản cụ thể hóa").contains("07-KH/ĐU");
        checkPage("document-1280");

        // the campaign: who has done it, with the chart drawn by Chart.js
        driver.get(url("/campaigns/" + campaign));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("percent-done"), "%"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compliance-chart[data-ready]")));
        assertThat(driver.findElement(By.id("percent-done")).getText()).isEqualTo("50%");
        assertThat(driver.getPageSource()).contains("Chi bộ khối 1").contains("Quá hạn chưa làm");
        checkPage("campaign-1280");

        // and on the phone
        screen(360, 800, true);
        driver.get(url("/documents?q=ke+hoach"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results mark")));
        checkPage("documents-360");
        driver.get(url("/campaigns/" + campaign));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compliance-chart[data-ready]")));
        assertThat(driver.findElement(By.id("percent-done")).getText()).isEqualTo("50%");
        checkPage("campaign-360");

        // follow-up tasks of the province, and the ward's task with its evidence form
        driver.get(url("/follow-ups?unitCode=" + p + "-T"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Theo dõi khắc phục"));
        assertThat(driver.getPageSource()).contains("Sinh hoạt chi bộ chậm đổi mới").contains("hạn 31/12/2021");
        checkPage("follow-ups-360");
        driver.get(url("/follow-ups/" + followUp));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-form")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id("evidence-text")), "Đã xây dựng chuyên đề sinh hoạt quý IV.");
        click(driver.findElement(By.cssSelector("#submit-form button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Đã nộp minh chứng"));
        assertThat(driver.getPageSource()).contains("Đã nộp, chờ xác nhận").contains("Nộp minh chứng");
        checkPage("follow-up-360");

        // the ward's inspections and the one it proposed, with the forms of its preparation
        driver.get(url("/inspections?unitCode=" + p + "-X"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kiểm tra, giám sát"));
        assertThat(driver.getPageSource()).contains("Kiểm tra việc thực hiện Kế hoạch 07-KH/ĐU").contains("Chi bộ khối 1");
        checkPage("inspections-360");
        driver.get(url("/inspections/" + inspection));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stepper")));
        assertThat(driver.getPageSource()).contains("196-KH/TU").contains("id=\"step-form\"").contains("id=\"delegate-form\"");
        checkPage("inspection-360");

        // the review round's progress, and the cell's collective review with its session form
        driver.get(url("/reviews/rounds/" + round));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-lines")));
        assertThat(driver.getPageSource()).contains("Chờ tập thể cấp dưới kiểm điểm").contains("Chờ kiểm điểm tập thể");
        checkPage("review-round-360");
        driver.get(url("/reviews/" + cellReview));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Tập thể Chi bộ khối 1"));
        assertThat(driver.getPageSource()).contains("id=\"session-form\"").contains("Chưa có bản kiểm điểm kỳ trước");
        checkPage("review-360");

        // the ward's rating season, and the member's rating: the evidence beside the proposal, the decision form
        driver.get(url("/evaluation/seasons/" + season));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating-lines")));
        assertThat(driver.getPageSource()).contains("Ai đang chờ ai", "Tỷ lệ Hoàn thành xuất sắc", "Đề xuất có cảnh báo (1)");
        checkPage("evaluation-season-360");
        driver.get(url("/evaluation/ratings/" + memberRating));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
        assertThat(driver.getPageSource()).contains("Chưa gương mẫu thực hiện chế độ sinh hoạt chi bộ", "Hạn chế, khuyết điểm",
                "id=\"decide-form\"", "id=\"acknowledgement\"");
        checkPage("evaluation-rating-360");
        screen(1280, 900, false);
        driver.get(url("/evaluation/ratings/" + memberRating));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
        checkPage("evaluation-rating-1280");
    }

    /** Uploads a CSV with one good row and waits for the htmx result. */
    private void upload(String row) throws IOException {
        Path csv = Files.createTempFile("dang-vien", ".csv");
        Files.writeString(csv, "Số thẻ,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Mã đơn vị\n" + row + "\n",
                StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        click(driver.findElement(By.cssSelector("#import-form button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "Đã nhập 1"));
        Files.deleteIfExists(csv);
    }

    /** No horizontal scrolling, no script or CSP errors; a full-page screenshot for people to look at. */
    private void checkPage(String name) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(scrollWidth).as("page %s overflows horizontally", name).isLessThanOrEqualTo(viewport);
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("browser errors on %s", name).isEmpty();
        assertThat(driver.getPageSource()).as("untranslated message keys on %s", name).doesNotContain("??");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        emulate(width, (int) Math.max(this.height, height), mobile);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        emulate(width, this.height, mobile);
    }

    private int width;
    private int height;
    private boolean mobile;

    /** The size of the screen the pages are laid out for (Chrome's device emulation). */
    private void screen(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
        emulate(width, height, mobile);
    }

    private void emulate(int width, int height, boolean mobile) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Clicks through the page's own event handling (Selenium's point click is confused by the emulated screen). */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                element);
    }
}
