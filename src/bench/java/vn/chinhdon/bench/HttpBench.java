package vn.chinhdon.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * The application as a user meets it, in its own process ({@code java -jar target/chinhdon.jar}, dev mode):
 *
 * <ol>
 * <li>start time (until {@code /actuator/health} answers) and resident memory of the JVM and of the
 * embedded PostgreSQL processes, on the given data directory;</li>
 * <li>member import through the API: one {@code POST /api/v1/members/import} of a CSV of N rows (default
 * 300,000) into the cells of one province, beside {@code COPY} of the same file into a scratch table of
 * the same database (the floor). If the one request is refused, the same rows are sent in requests of
 * {@code bench.chunk} rows (default 10,000) and timed again. The imported members are deleted
 * afterwards so that the dataset stays as generated.</li>
 * </ol>
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.main=vn.chinhdon.bench.HttpBench -Dbench.data-dir=/tmp/national</pre>
 */
public final class HttpBench {

    static final String USER = BenchApp.USER;

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("bench.data-dir", "/tmp/province");
        int rows = Integer.getInteger("bench.rows", 300_000);
        int chunk = Integer.getInteger("bench.chunk", 10_000);
        int port = Integer.getInteger("bench.port", 18090);
        boolean importToo = !Boolean.getBoolean("bench.startOnly");
        String jar = System.getProperty("bench.jar", "target/chinhdon.jar");
        StringBuilder out = new StringBuilder();
        out.append(String.format("HTTP benchmarks, %s, data %s%n", LocalDateTime.now(), dataDir));
        Path log = Path.of("target", "bench-app-" + Path.of(dataDir).getFileName() + ".log");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (BenchApp app = BenchApp.start(jar, dataDir, port, Boolean.getBoolean("bench.demo"), log, List.of())) {
            try {
                out.append(String.format("start: %,d ms until /actuator/health answered (Spring: %s s; of which embedded PostgreSQL "
                        + "start %s ms)%n", app.startMs, app.springSeconds, app.pgStartMs));
                out.append(app.memoryLine("after start"));
                if (importToo) {
                    importBenchmark(http, app, rows, chunk, out);
                    out.append(app.memoryLine("after the import"));
                }
            } finally {
                System.out.print(out);
                Path file = Path.of("target", "bench-http-" + Path.of(dataDir).getFileName() + (importToo ? "" : "-start")
                        + (Boolean.getBoolean("bench.demo") ? "-demo" : "") + ".txt");
                Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
                System.out.println("written to " + file);
            }
        }
    }

    private static void importBenchmark(HttpClient http, BenchApp app, int rows, int chunk, StringBuilder out)
            throws Exception {
        String base = app.base;
        try (Connection db = app.jdbc()) {
            List<String> cells = new ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                    select u.code from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null
                    where s.kind in ('SUBORDINATE_CELL', 'GRASSROOTS_CELL') and s.path like (select ps.path from org_unit_state ps
                      join org_unit pu on pu.id = ps.unit_id where pu.code = 'T40' and ps.valid_to is null) || '%'
                    order by u.code""")) {
                while (rs.next()) {
                    cells.add(rs.getString(1));
                }
            }
            long before = count(db, "select count(*) from member");
            Path csv = Path.of("target", "bench-members-" + rows + ".csv");
            writeCsv(csv, rows, cells);
            long bytes = Files.size(csv);
            out.append(String.format("member import: %,d rows (%,d KB CSV) into %,d cells of T40; %,d members before%n", rows,
                    bytes / 1024, cells.size(), before));

            // floor: COPY of the same file into a scratch table
            try (Statement st = db.createStatement()) {
                st.execute("""
                        create temporary table bench_member_scratch (card_number text, full_name text, gender text,
                          birth_date text, admission_date text, official_date text, unit_code text, status text)""");
            }
            long c0 = System.nanoTime();
            long copied;
            try (InputStream in = Files.newInputStream(csv)) {
                copied = db.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_member_scratch from stdin (format csv, header true)", in);
            }
            long copyMs = (System.nanoTime() - c0) / 1_000_000;
            out.append(String.format("  floor: COPY of the same file into a scratch table: %,d rows in %,d ms%n", copied, copyMs));

            long i0 = System.nanoTime();
            HttpResponse<String> response = post(http, base, Files.readAllBytes(csv));
            long importMs = (System.nanoTime() - i0) / 1_000_000;
            out.append(String.format("  POST /api/v1/members/import, one request of %,d rows: HTTP %d in %,d ms (%.0f x the floor): %s%n",
                    rows, response.statusCode(), importMs, importMs / (double) Math.max(1, copyMs),
                    abbreviate(response.body())));
            if (response.statusCode() != 200) {
                List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
                long total = 0;
                int requests = 0;
                long worst = 0;
                for (int from = 1; from < lines.size(); from += chunk) {
                    List<String> part = new ArrayList<>();
                    part.add(lines.get(0));
                    part.addAll(lines.subList(from, Math.min(lines.size(), from + chunk)));
                    byte[] body = (String.join("\n", part) + "\n").getBytes(StandardCharsets.UTF_8);
                    long r0 = System.nanoTime();
                    HttpResponse<String> r = post(http, base, body);
                    long ms = (System.nanoTime() - r0) / 1_000_000;
                    total += ms;
                    worst = Math.max(worst, ms);
                    requests++;
                    if (r.statusCode() != 200) {
                        out.append(String.format("  request %d refused: HTTP %d %s%n", requests, r.statusCode(),
                                abbreviate(r.body())));
                        break;
                    }
                }
                out.append(String.format("  the same rows in %d requests of %,d rows: %,d ms in all (%.0f x the floor), slowest request %,d ms%n",
                        requests, chunk, total, total / (double) Math.max(1, copyMs), worst));
            }
            long after = count(db, "select count(*) from member");
            out.append(String.format("  members after: %,d (+%,d)%n", after, after - before));
            // leave the dataset as generated
            long d0 = System.nanoTime();
            try (Statement st = db.createStatement()) {
                st.execute("create temporary table bench_imported as select id from member where card_number like 'BM%'");
                st.execute("delete from member_status_change where member_id in (select id from bench_imported)");
                st.execute("delete from member_assignment where member_id in (select id from bench_imported)");
                st.execute("delete from member where id in (select id from bench_imported)");
                st.execute("delete from audit_event where action = 'MEMBER_IMPORTED' and actor = '" + USER + "'");
                st.execute("vacuum analyze member");
                st.execute("vacuum analyze member_assignment");
                st.execute("vacuum analyze member_status_change");
            }
            out.append(String.format("  imported members deleted again in %,d ms%n", (System.nanoTime() - d0) / 1_000_000));
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static HttpResponse<String> post(HttpClient http, String base, byte[] csv) throws Exception {
        String boundary = "----chinhdon-bench-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"members.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + csv.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(csv, 0, body, head.length, csv.length);
        System.arraycopy(tail, 0, body, head.length + csv.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/members/import"))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", BenchApp.basicAuthorization())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Family names the generator does not use (also after folding), so no row is a person already on record. */
    private static final String[] FAMILY = {"Âu", "Bạch", "Bế", "Cù", "Diệp", "Doãn", "Giáp", "Hứa", "Khổng", "Khúc",
            "La", "Lục", "Mạc", "Mã", "Ninh", "Ông", "Phí", "Phùng", "Quan", "Sầm", "Tăng", "Thân", "Tiêu", "Tôn", "Từ",
            "Ung", "Viên", "Khương", "Nghiêm"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thu", "Quốc", "Hồng", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hương", "Lan", "Long", "Mai",
            "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"};

    /** Members with family names the dataset does not have, name and birth date unique within the file. */
    static void writeCsv(Path csv, int rows, List<String> cells) throws IOException {
        SplittableRandom r = new SplittableRandom(300_000);
        Set<String> seen = new HashSet<>();
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("cardNumber,fullName,gender,birthDate,admissionDate,officialDate,unitCode,status\n");
            int n = 0;
            while (n < rows) {
                boolean female = r.nextInt(100) < 36;
                String name = FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                        + GIVEN[r.nextInt(GIVEN.length)];
                LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 50));
                if (!seen.add(name + birth)) {
                    continue;
                }
                LocalDate admission = birth.plusYears(18 + r.nextInt(6)).plusDays(r.nextInt(365));
                LocalDate official = admission.plusYears(1);
                w.write(String.format("BM%08d,%s,%s,%s,%s,%s,%s,%n", n + 1, name, female ? "Nữ" : "Nam", birth, admission,
                        official, cells.get(r.nextInt(cells.size()))));
                n++;
            }
        }
    }
}
