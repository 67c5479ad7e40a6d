package vn.chinhdon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The write mix of issue 4 under concurrent load, through HTTP, against a trivial authenticated GET on the same
 * server (the floor), with the load tool {@code wrk} (Debian package {@code wrk}) and its Lua script
 * {@code src/bench/wrk/mix.lua}:
 *
 * <ol>
 * <li>starts {@code target/chinhdon.jar} in dev mode on the data directory ({@link BenchApp}, an administrator
 * from {@code CHINHDON_BOOTSTRAP_ADMIN_*}); with {@code bench.statements} (default on) it first turns on
 * {@code pg_stat_statements} and restarts, and turns it off again at the end;</li>
 * <li>prepares the inputs by SQL: the open obligations of the REPORT campaign (fulfilled with a note), members
 * of the province with their open cell and version (each used once: half are transferred to another cell of the
 * province, half have their name corrected), and writes one file per wrk thread and kind;</li>
 * <li>runs the floor ({@code GET /api/v1/documents/parse-number}: HTTP Basic, no database work besides the
 * password check; the API has no cheaper authenticated endpoint), the write mix (40% fulfilment, 30% transfer,
 * 30% edit by default), each after a warm-up, then every kind alone on one connection; samples the resident
 * memory of the JVM and of PostgreSQL and the wait events of the database's sessions during the mix;</li>
 * <li>restores the rows it changed from snapshot tables after each writing run (and at the start, if an
 * earlier run was interrupted), and checks by checksums that the dataset is as before.</li>
 * </ol>
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.main=vn.chinhdon.bench.LoadBench -Dbench.data-dir=/tmp/province</pre>
 *
 * Options (system properties of this JVM, so through {@code -Dbench.jvm="-Xmx4g -Dbench.duration=120 …"}):
 * {@code bench.connections} (16), {@code bench.threads} (2), {@code bench.warmup} (60 s), {@code bench.duration}
 * (120 s), {@code bench.single} (20 s on one connection), {@code bench.weights} (40,30,30), {@code bench.members}
 * (15,000 per kind), {@code bench.province} (T40), {@code bench.statements} (true), {@code bench.port} (a free one),
 * {@code bench.jar}, {@code bench.app-jvm} (one JVM option for the application).
 */
public final class LoadBench {

    private static final String NOTE = "LoadBench";
    private static final String FLOOR_PATH = "/api/v1/documents/parse-number?value=196-KH/TU";
    private static final Pattern PAIR = Pattern.compile("(\\w+)=([0-9.]+)");

    private LoadBench() {
    }

    /** One wrk run: its parsed LOADRESULT line, CPU used meanwhile, the load average at its end. */
    record Run(String name, int connections, Map<String, Double> values, String sample, double jvmCpuMs,
            double pgCpuMs, double wrkCpuMs, double othersCpuMs, String loadAverage) {

        double get(String key) {
            return values.getOrDefault(key, 0.0);
        }

        double rps() {
            return get("rps");
        }

        double ms(String key) {
            return get(key) / 1000.0;
        }

        long non2xx() {
            return (long) values.entrySet().stream().filter(e -> e.getKey().startsWith("bad_"))
                    .mapToDouble(Map.Entry::getValue).sum();
        }

        double cpuPerRequest(double cpuMs) {
            return cpuMs / Math.max(1, get("requests"));
        }
    }

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("bench.data-dir", "/tmp/province");
        String jar = System.getProperty("bench.jar", "target/chinhdon.jar");
        // a free port unless one is given, so that two benchmarks on one machine do not meet
        int port = Integer.getInteger("bench.port", freePort());
        int threads = Integer.getInteger("bench.threads", 2);
        int connections = Integer.getInteger("bench.connections", 16);
        int warmup = Integer.getInteger("bench.warmup", 60);
        int duration = Integer.getInteger("bench.duration", 120);
        int single = Integer.getInteger("bench.single", 20);
        int members = Integer.getInteger("bench.members", 15_000);
        String province = System.getProperty("bench.province", "T40");
        String[] weights = System.getProperty("bench.weights", "40,30,30").split(",");
        boolean statements = !"false".equals(System.getProperty("bench.statements"));
        Path script = Path.of("src/bench/wrk/mix.lua");
        String name = Path.of(dataDir).getFileName().toString();
        Path work = Path.of("target", "bench-load-" + name);
        Files.createDirectories(work);
        Path log = work.resolve("app.log");

        StringBuilder out = new StringBuilder();
        out.append(header("Write mix under load (wrk)", dataDir));
        out.append(String.format("wrk: %d threads, %d connections, warm-up %d s, measured %d s, --timeout 30s; single-connection "
                + "runs %d s; mix weights fulfilment/transfer/edit %s%n", threads, connections, warmup, duration, single,
                String.join("/", weights)));
        BenchApp app = BenchApp.start(jar, dataDir, port, false, log, List.of());
        boolean statementsOn = false;
        try {
            if (statements) {
                statementsOn = true; // from here on the finally block turns the settings off again
                app = statementsOn(app, jar, dataDir, port, log, out);
            }
            out.append(String.format("start: %,d ms until /actuator/health answered%n", app.startMs));
            out.append(app.memoryLine("after start"));
            try (Connection db = app.jdbc()) {
                db.setAutoCommit(true);
                if (exists(db, "bench_load_member")) {
                    out.append("an earlier run was interrupted: restoring its rows first\n");
                    restore(db);
                }
                dropSnapshot(db);
                bcrypt(db, out);
                Inputs inputs = prepare(db, province, members, out);
                Map<String, String> before = checksums(db);
                inputs.write(work.resolve("in-" + threads), threads, app.base);
                inputs.write(work.resolve("in-1"), 1, app.base);
                Path many = work.resolve("in-" + threads);
                Path one = work.resolve("in-1");
                String[] floorW = {"get=1"};
                String[] mixW = {"fulfil=" + weights[0], "transfer=" + weights[1], "edit=" + weights[2]};

                wrk(app, script, many, threads, connections, warmup, floorW, "floor warm-up", out);
                Run floor = wrk(app, script, many, threads, connections, duration, floorW, "floor: GET parse-number", out);
                Run health = wrk(app, script, many, threads, connections, single, floorW, "unauthenticated GET /actuator/health",
                        out, "/actuator/health");
                wrk(app, script, many, threads, connections, warmup, mixW, "write mix warm-up", out);
                settleAndRestore(db, out);
                if (statements) {
                    execute(db, "select pg_stat_statements_reset()");
                }
                Map<String, double[]> functionsBefore = functionTimes(db);
                Sampler sampler = new Sampler(app);
                sampler.start();
                Run mix = wrk(app, script, many, threads, connections, duration, mixW, "write mix", out);
                sampler.stop();
                String statementReport = statements ? topStatements(db) : "";
                String functionReport = functionReport(functionsBefore, functionTimes(db));
                BenchApp.Memory after = app.memory();
                settleAndRestore(db, out);
                // so that autovacuum does not clean up after the mix during the single-connection runs
                vacuum(db);

                Run floor1 = wrk(app, script, one, 1, 1, single, floorW, "floor, 1 connection", out);
                Run fulfil1 = wrk(app, script, one, 1, 1, single, new String[] {"fulfil=1"}, "fulfilment alone, 1 connection", out);
                Run transfer1 = wrk(app, script, one, 1, 1, single, new String[] {"transfer=1"}, "transfer alone, 1 connection", out);
                Run edit1 = wrk(app, script, one, 1, 1, single, new String[] {"edit=1"}, "edit alone, 1 connection", out);
                settleAndRestore(db, out);
                vacuum(db);
                Map<String, String> afterRestore = checksums(db);
                dropSnapshot(db);

                out.append("\n| figure | connections | req/s | p50 ms | p95 ms | p99 ms | non-2xx | floor | req/s / floor | p99 / floor p99 | CPU ms per request: JVM + PostgreSQL | cores used by other processes |\n");
                out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
                row(out, floor, floor, "—");
                row(out, health, floor, "floor");
                row(out, mix, floor, "floor");
                row(out, floor1, floor1, "—");
                row(out, fulfil1, floor1, "floor, 1 conn.");
                row(out, transfer1, floor1, "floor, 1 conn.");
                row(out, edit1, floor1, "floor, 1 conn.");
                out.append(String.format("%nwrite mix: sent fulfilment %,.0f / transfer %,.0f / edit %,.0f; non-2xx fulfilment %,.0f, "
                        + "transfer %,.0f, edit %,.0f, other %,.0f; kinds exhausted %,.0f; timeouts %,.0f%n",
                        mix.get("sent_fulfil"), mix.get("sent_transfer"), mix.get("sent_edit"), mix.get("bad_fulfil"),
                        mix.get("bad_transfer"), mix.get("bad_edit"), mix.get("bad_other"), mix.get("exhausted"),
                        mix.get("timeouts")));
                if (!mix.sample().isEmpty()) {
                    out.append("  first non-2xx: ").append(mix.sample()).append('\n');
                }
                out.append(String.format("targets: write mix throughput %.1f%% of the floor's (target >= 30%%); p99 %.2f x the floor's "
                        + "p99 (target < 10)%n", 100 * mix.rps() / floor.rps(), mix.ms("p99_us") / floor.ms("p99_us")));
                out.append(sampler.maximum.describe("during the write mix, maximum of 1-second samples"));
                out.append(after.describe("right after the write mix"));
                out.append(sampler.waitReport());
                out.append(functionReport);
                out.append(statementReport);
                boolean same = before.equals(afterRestore);
                out.append(same ? "dataset restored: checksums of the touched rows and of subtree_delta as before the run\n"
                        : "dataset NOT restored as before: " + before + " -> " + afterRestore + "\n");
            }
        } finally {
            if (statementsOn) {
                statementsOff(app, out);
            }
            app.close();
            System.out.print(out);
            Path file = Path.of("target", "bench-load-" + name + ".txt");
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
            System.out.println("written to " + file);
        }
    }

    /**
     * Turns on {@code pg_stat_statements} (track = all, so the statements of triggers are seen) and
     * {@code track_functions}, which needs a restart of the application (and of its embedded PostgreSQL): returns the
     * application started again. {@link #statementsOff} undoes it.
     */
    static BenchApp statementsOn(BenchApp app, String jar, String dataDir, int port, Path log, StringBuilder out)
            throws Exception {
        try (Connection db = app.jdbc(); Statement st = db.createStatement()) {
            st.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
            st.execute("alter system set pg_stat_statements.track = 'all'");
            st.execute("alter system set track_functions = 'pl'");
        }
        app.close();
        BenchApp started = BenchApp.start(jar, dataDir, port, false, log, List.of());
        try (Connection db = started.jdbc(); Statement st = db.createStatement()) {
            st.execute("create extension if not exists pg_stat_statements");
        }
        out.append("pg_stat_statements on (track = all, nested statements of triggers included), track_functions = pl\n");
        return started;
    }

    /** Turns {@code pg_stat_statements} and {@code track_functions} off again (from the next start on). */
    static void statementsOff(BenchApp app, StringBuilder out) {
        try (Connection db = app.jdbc(); Statement st = db.createStatement()) {
            st.execute("drop extension if exists pg_stat_statements");
            st.execute("alter system reset shared_preload_libraries");
            st.execute("alter system reset pg_stat_statements.track");
            st.execute("alter system reset track_functions");
        } catch (SQLException e) {
            out.append("could not turn pg_stat_statements off again: ").append(e.getMessage()).append('\n');
        }
    }

    /** The first line of a report: the date, data, wrk, cores, memory and load average. */
    static String header(String title, String dataDir) throws IOException {
        return String.format("%s, %s, data %s; %s; %d cores, %s; load average at start %s%n", title, LocalDateTime.now(),
                dataDir, wrkVersion(), Runtime.getRuntime().availableProcessors(), memTotal(), loadAverage());
    }

    static void row(StringBuilder out, Run r, Run floor, String floorName) {
        boolean isFloor = r == floor;
        out.append(String.format("| %s | %d | %,.1f | %.1f | %.1f | %.1f | %d | %s | %s | %s | %.1f + %.1f | %.2f |%n", r.name(),
                r.connections(), r.rps(), r.ms("p50_us"), r.ms("p95_us"), r.ms("p99_us"), r.non2xx(), floorName,
                isFloor ? "1" : String.format("%.2f", r.rps() / floor.rps()),
                isFloor ? "1" : String.format("%.2f", r.ms("p99_us") / floor.ms("p99_us")),
                r.cpuPerRequest(r.jvmCpuMs()), r.cpuPerRequest(r.pgCpuMs()), r.othersCpuMs() / (r.get("duration_us") / 1000.0)));
    }

    /** Runs wrk with the Lua script on the input directory; weights as {@code kind=weight}. */
    static Run wrk(BenchApp app, Path script, Path input, int threads, int connections, int seconds,
            String[] weights, String title, StringBuilder out) throws Exception {
        return wrk(app, script, input, threads, connections, seconds, weights, title, out, null);
    }

    /** Runs wrk; with {@code plainPath} a plain GET of that path without the script (no credentials). */
    static Run wrk(BenchApp app, Path script, Path input, int threads, int connections, int seconds,
            String[] weights, String title, StringBuilder out, String plainPath) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "30s", "--latency"));
        if (plainPath == null) {
            command.addAll(List.of("-s", script.toString(), app.base, "--", input.toAbsolutePath().toString()));
            command.addAll(List.of(weights));
        } else {
            // the script's done() still prints the LOADRESULT line; with weights 0 its request() is not used
            command.addAll(List.of("-s", script.toString(), app.base + plainPath, "--", input.toAbsolutePath().toString()));
        }
        long jvm0 = app.jvmTicks();
        Map<Long, Long> pg0 = app.postgresTicks();
        long busy0 = machineBusyTicks();
        long children0 = childrenTicks();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        long jvm1 = app.jvmTicks();
        Map<Long, Long> pg1 = app.postgresTicks();
        long busy1 = machineBusyTicks();
        long children1 = childrenTicks();
        Files.writeString(input.resolveSibling("wrk-" + title.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"),
                String.join(" ", command) + "\n" + text, StandardCharsets.UTF_8);
        Map<String, Double> values = new LinkedHashMap<>();
        String sample = "";
        for (String line : text.split("\n")) {
            if (line.startsWith("LOADRESULT")) {
                Matcher m = PAIR.matcher(line);
                while (m.find()) {
                    values.put(m.group(1), Double.parseDouble(m.group(2)));
                }
            } else if (line.startsWith("LOADSAMPLE ")) {
                sample = line.substring("LOADSAMPLE ".length());
            }
        }
        if (code != 0 || values.isEmpty()) {
            throw new IllegalStateException("wrk failed (exit " + code + "): " + text);
        }
        double tick = 1000.0 / 100; // USER_HZ is 100 on Linux
        double jvm = (jvm1 - jvm0) * tick;
        double pg = BenchApp.postgresTicksBetween(pg0, pg1) * tick;
        double load = (children1 - children0) * tick;
        Run run = new Run(title, connections, values, sample, jvm, pg, load,
                Math.max(0, (busy1 - busy0) * tick - jvm - pg - load), loadAverage());
        out.append(String.format("%s: %,.0f requests, %,.1f req/s, p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms, non-2xx %d, "
                + "socket errors %,.0f; CPU JVM %,.0f ms, PostgreSQL %,.0f ms, wrk %,.0f ms, other processes of the machine "
                + "%,.0f ms; load average %s%n", title, run.get("requests"),
                run.rps(), run.ms("p50_us"), run.ms("p95_us"), run.ms("p99_us"), run.ms("max_us"), run.non2xx(),
                run.get("connect_errors") + run.get("read_errors") + run.get("write_errors") + run.get("timeouts"),
                run.jvmCpuMs(), run.pgCpuMs(), run.wrkCpuMs(), run.othersCpuMs(), run.loadAverage()));
        System.out.print(out.substring(out.lastIndexOf(title)));
        return run;
    }

    /** The bcrypt check of the account, timed in this JVM on one thread (what every API request pays). */
    private static void bcrypt(Connection db, StringBuilder out) throws SQLException {
        String hash = string(db, "select password_hash from app_user where username = '" + BenchApp.USER + "'");
        String bare = hash.startsWith("{bcrypt}") ? hash.substring("{bcrypt}".length()) : hash;
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        for (int i = 0; i < 5; i++) {
            encoder.matches(BenchApp.PASSWORD, bare);
        }
        int n = 20;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (!encoder.matches(BenchApp.PASSWORD, bare)) {
                throw new IllegalStateException("the bench password does not match the account's hash");
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / n;
        out.append(String.format("password check: %s, cost %s; one check takes %.1f ms on one thread of this JVM "
                + "(%d checks), so %d cores can do at most about %.0f authenticated requests per second%n",
                hash.startsWith("{bcrypt}") ? "bcrypt" : "?", bare.length() > 6 ? bare.substring(4, 6) : "?", ms, n,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() * 1000 / ms));
    }

    /** Prepared requests, one line each ("METHOD TAB PATH TAB BODY"). */
    record Inputs(List<String> fulfil, List<String> transfer, List<String> edit) {

        void write(Path dir, int threads, String base) throws IOException {
            writeInputs(dir, threads, BenchApp.basicAuthorization(), List.of(
                    new Kind("fulfil", "/fulfilment$", fulfil), new Kind("transfer", "/transfer$", transfer),
                    new Kind("edit", "^/api/v1/members/%d+$", edit)));
        }
    }

    /**
     * A kind of prepared request of the Lua script: its name, the Lua pattern of its path (which kind a refused
     * request was, read from the Problem Details' {@code instance}), and its lines ("METHOD TAB PATH TAB BODY").
     */
    record Kind(String name, String pathPattern, List<String> lines) {
    }

    /**
     * The input directory of {@code mix.lua}: the credentials, the floor's path, the kinds, and one file per wrk thread
     * and kind (lines dealt in turn).
     */
    static void writeInputs(Path dir, int threads, String authorization, List<Kind> kinds) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("auth.txt"), authorization + "\n");
        Files.writeString(dir.resolve("get.txt"), FLOOR_PATH + "\n");
        StringBuilder names = new StringBuilder();
        for (Kind k : kinds) {
            names.append(k.name()).append('\t').append(k.pathPattern()).append('\n');
            for (int t = 0; t < threads; t++) {
                StringBuilder b = new StringBuilder();
                for (int i = t; i < k.lines().size(); i += threads) {
                    b.append(k.lines().get(i)).append('\n');
                }
                Files.writeString(dir.resolve(k.name() + "-" + t + ".txt"), b.toString(), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(dir.resolve("kinds.txt"), names.toString(), StandardCharsets.UTF_8);
    }

    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hương", "Lan", "Long", "Mai",
            "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"};

    /**
     * Reads the inputs and keeps a snapshot of every row the run may change (tables {@code bench_load_*}), so that
     * {@link #restore} can put them back.
     */
    private static Inputs prepare(Connection db, String province, int members, StringBuilder out) throws SQLException {
        LocalDate today = LocalDate.now();
        long campaign = Long.parseLong(string(db, """
                select c.id from campaign c where c.deliverable = 'REPORT'
                order by (select count(*) from obligation o where o.campaign_id = c.id and o.state = 'OPEN') desc, c.id limit 1"""));
        List<String> fulfil = new ArrayList<>();
        List<Long> obligationIds = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("""
                select o.id, u.code from obligation o join org_unit u on u.id = o.unit_id
                where o.campaign_id = ? and o.state = 'OPEN'
                  and exists (select 1 from org_unit_state s where s.unit_id = u.id and s.valid_to is null and s.valid_from <= ?)
                  and (select count(*) from obligation o2 where o2.campaign_id = o.campaign_id and o2.unit_id = o.unit_id) = 1
                order by o.id""")) {
            ps.setLong(1, campaign);
            ps.setObject(2, today);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    obligationIds.add(rs.getLong(1));
                    fulfil.add("POST\t/api/v1/campaigns/" + campaign + "/obligations/" + rs.getString(2) + "/fulfilment\t"
                            + "{\"note\":\"" + NOTE + ": báo cáo đã gửi\"}");
                }
            }
        }
        String path = string(db, "select s.path from org_unit_state s join org_unit u on u.id = s.unit_id where u.code = '"
                + province + "' and s.valid_to is null");
        List<String> cells = new ArrayList<>();
        List<Long> cellIds = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("""
                select u.code, u.id from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null
                where s.kind in ('SUBORDINATE_CELL', 'GRASSROOTS_CELL') and s.path like ? and s.valid_from < ? order by u.code""")) {
            ps.setString(1, path + "%");
            ps.setObject(2, today);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.add(rs.getString(1));
                    cellIds.add(rs.getLong(2));
                }
            }
        }
        // members of the province whose latest cell membership is open and began before today, with a record the
        // edit's validation accepts as it stands; every fifth id, so they spread over the province
        List<String> transfer = new ArrayList<>();
        List<String> edit = new ArrayList<>();
        List<Long> memberIds = new ArrayList<>();
        List<Long> assignmentIds = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(2026);
        try (PreparedStatement ps = db.prepareStatement("""
                select m.id, m.version, m.full_name, m.card_number, m.gender, m.birth_date, m.admission_date, m.official_date,
                  a.id, a.unit_id
                from member m
                join lateral (select a.* from member_assignment a where a.member_id = m.id
                              order by a.valid_from desc, a.id desc limit 1) a on true
                join org_unit_state s on s.unit_id = a.unit_id and s.valid_to is null
                where m.id % 5 = 3 and a.valid_to is null and a.valid_from < ? and not a.provisional and s.path like ?
                  and m.admission_date >= m.birth_date + interval '18 years'
                  and (m.official_date is null or m.official_date >= m.admission_date)
                  and (m.card_number is null or m.card_number ~ '^[0-9A-Za-z.-]{4,32}$')
                order by m.id limit ?""")) {
            ps.setObject(1, today);
            ps.setString(2, path + "%");
            ps.setInt(3, 2 * members);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long version = rs.getLong(2);
                    memberIds.add(id);
                    if (i++ % 2 == 0) {
                        assignmentIds.add(rs.getLong(9));
                        long unit = rs.getLong(10);
                        int c;
                        do {
                            c = random.nextInt(cells.size());
                        } while (cellIds.get(c) == unit);
                        transfer.add("POST\t/api/v1/members/" + id + "/transfer\t{\"unitCode\":\"" + cells.get(c) + "\",\"date\":\""
                                + today + "\",\"note\":\"" + NOTE + "\",\"version\":" + version + "}");
                    } else {
                        String name = rs.getString(3);
                        int space = name.lastIndexOf(' ');
                        String given = name.substring(space + 1);
                        String other;
                        do {
                            other = GIVEN[random.nextInt(GIVEN.length)];
                        } while (other.equals(given));
                        String card = rs.getString(4);
                        String official = rs.getString(8);
                        edit.add("PUT\t/api/v1/members/" + id + "\t{\"fullName\":\"" + json(name.substring(0, space + 1) + other)
                                + "\",\"cardNumber\":" + (card == null ? "null" : "\"" + json(card) + "\"") + ",\"gender\":\""
                                + rs.getString(5) + "\",\"birthDate\":\"" + rs.getString(6) + "\",\"admissionDate\":\""
                                + rs.getString(7) + "\",\"officialDate\":" + (official == null ? "null" : "\"" + official + "\"")
                                + ",\"version\":" + version + "}");
                    }
                }
            }
        }
        // all four tables or none, so that an interrupted run can always be undone
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute("create table bench_load_mark as select coalesce(max(id), 0) as audit_max from audit_event");
            snapshot(db, "bench_load_obligation", "obligation", obligationIds);
            snapshot(db, "bench_load_assignment", "member_assignment", assignmentIds);
            snapshot(db, "bench_load_member", "member", memberIds);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        out.append(String.format("inputs: campaign %d (REPORT) with %,d open obligations to fulfil; %,d members of %s to transfer "
                + "(to one of %,d cells, on %s) and %,d to edit (given name corrected), each once; snapshot taken%n", campaign,
                fulfil.size(), transfer.size(), province, cells.size(), today, edit.size()));
        return new Inputs(fulfil, transfer, edit);
    }

    private static void snapshot(Connection db, String table, String source, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("create table " + table + " as select * from " + source
                + " where id = any(?)")) {
            Array array = db.createArrayOf("bigint", ids.toArray());
            ps.setArray(1, array);
            ps.execute();
        }
        execute(db, "alter table " + table + " add primary key (id)");
    }

    /**
     * wrk stops at its deadline while requests are still being served; they would commit after the restore. So wait
     * until no session of the database has been busy for 5 s (at most 2 minutes), then restore.
     */
    private static void settleAndRestore(Connection db, StringBuilder out) throws Exception {
        settleAndRestore(db, out, () -> restore(db));
    }

    /** Something done with the database that may fail. */
    interface SqlAction {
        void run() throws SQLException;
    }

    /** Waits until the server is idle (see above), then runs the restore and reports both times. */
    static void settleAndRestore(Connection db, StringBuilder out, SqlAction restore) throws Exception {
        long t0 = System.nanoTime();
        long quietSince = t0;
        while (System.nanoTime() - quietSince < 5_000_000_000L) {
            long busy = Long.parseLong(string(db, "select count(*) from pg_stat_activity where backend_type = 'client backend' "
                    + "and pid <> pg_backend_pid() and state <> 'idle'"));
            if (busy > 0) {
                quietSince = System.nanoTime();
            }
            if (System.nanoTime() - t0 > 120_000_000_000L) {
                throw new IllegalStateException("the server is still writing 2 minutes after wrk stopped");
            }
            Thread.sleep(200);
        }
        long r0 = System.nanoTime();
        restore.run();
        out.append(String.format("  restored after %,d ms of waiting for the requests in flight; restore %,d ms%n",
                (r0 - t0) / 1_000_000 - 5_000, (System.nanoTime() - r0) / 1_000_000));
    }

    /** Puts back every row the run changed: the snapshot tables hold them as they were before. One transaction. */
    private static void restore(Connection db) throws SQLException {
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute("delete from member_assignment a using bench_load_member b where a.member_id = b.id "
                    + "and a.reason = 'TRANSFER' and a.note = '" + NOTE + "'");
            st.execute("update member_assignment a set valid_to = b.valid_to from bench_load_assignment b "
                    + "where a.id = b.id and a.valid_to is distinct from b.valid_to");
            st.execute("""
                    update member m set full_name = b.full_name, name_folded = b.name_folded, sort_key = b.sort_key,
                      card_number = b.card_number, gender = b.gender, birth_date = b.birth_date,
                      admission_date = b.admission_date, official_date = b.official_date, status = b.status,
                      version = b.version, updated_at = b.updated_at
                    from bench_load_member b where m.id = b.id and m.version <> b.version""");
            st.execute("""
                    update obligation o set state = b.state, fulfilled_on = b.fulfilled_on,
                      evidence_document_id = b.evidence_document_id, evidence_conference_id = b.evidence_conference_id,
                      evidence_note = b.evidence_note, exempt_reason = b.exempt_reason, version = b.version,
                      updated_at = b.updated_at, updated_by = b.updated_by
                    from bench_load_obligation b where o.id = b.id and o.version <> b.version""");
            st.execute("delete from audit_event where id > (select audit_max from bench_load_mark) and actor = '"
                    + BenchApp.USER + "'");
            // the triggers leave a (unit, day) row at 0 where a transfer and its undoing cancel out
            st.execute("delete from subtree_delta where delta = 0");
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static void vacuum(Connection db) throws SQLException {
        for (String t : List.of("member", "member_assignment", "obligation", "subtree_delta", "audit_event")) {
            execute(db, "vacuum analyze " + t);
        }
    }

    private static void dropSnapshot(Connection db) throws SQLException {
        for (String t : List.of("bench_load_member", "bench_load_assignment", "bench_load_obligation", "bench_load_mark")) {
            execute(db, "drop table if exists " + t);
        }
    }

    /** Checksums of the rows the run touches, and of the maintained subtree counts, to show the restore is complete. */
    private static Map<String, String> checksums(Connection db) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        sums.put("member", string(db, "select md5(string_agg(m::text, ',' order by m.id)) from member m "
                + "where m.id in (select id from bench_load_member)"));
        sums.put("member_assignment", string(db, "select md5(string_agg(a::text, ',' order by a.id)) from member_assignment a "
                + "where a.member_id in (select id from bench_load_member)"));
        sums.put("obligation", string(db, "select md5(string_agg(o::text, ',' order by o.id)) from obligation o "
                + "where o.id in (select id from bench_load_obligation)"));
        sums.put("subtree_delta", string(db, "select md5(string_agg(d::text, ',' order by unit_id, metric, on_date)) "
                + "from subtree_delta d"));
        sums.put("audit_event", string(db, "select count(*) || '/' || coalesce(max(id), 0) from audit_event"));
        return sums;
    }

    /** Samples, while the write mix runs, the resident memory (every second) and the database sessions' wait events. */
    static final class Sampler {
        private final BenchApp app;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Map<String, Integer> waits = new TreeMap<>();
        private int samples;
        private Thread thread;
        volatile BenchApp.Memory maximum = new BenchApp.Memory(0, 0, 0, 0);

        Sampler(BenchApp app) {
            this.app = app;
        }

        void start() {
            thread = new Thread(() -> {
                try (Connection db = app.jdbc(); Statement st = db.createStatement()) {
                    long nextMemory = 0;
                    while (running.get()) {
                        if (System.nanoTime() >= nextMemory) {
                            maximum = maximum.max(app.memory());
                            nextMemory = System.nanoTime() + 1_000_000_000L;
                        }
                        try (ResultSet rs = st.executeQuery("""
                                select state || ' ' || coalesce(wait_event_type || ':' || wait_event, 'on CPU'), count(*)
                                from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()
                                  and state <> 'idle' group by 1""")) {
                            while (rs.next()) {
                                waits.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                            }
                        }
                        samples++;
                        Thread.sleep(100);
                    }
                } catch (Exception e) {
                    waits.put("sampling failed: " + e.getMessage(), 0);
                }
            }, "load-sampler");
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        String waitReport() {
            StringBuilder b = new StringBuilder(String.format(
                    "database sessions not idle during the write mix (%d samples every 100 ms; average sessions per sample):%n",
                    samples));
            waits.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(e -> b.append(String.format(
                    "  %-60s %.2f%n", e.getKey(), e.getValue() / (double) Math.max(1, samples))));
            return b.toString();
        }
    }

    /** Calls and time of the PL/pgSQL functions (the subtree-count triggers), cumulative. */
    static Map<String, double[]> functionTimes(Connection db) throws SQLException {
        Map<String, double[]> times = new TreeMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select funcname, calls, total_time, self_time from pg_stat_user_functions")) {
            while (rs.next()) {
                times.put(rs.getString(1), new double[] {rs.getLong(2), rs.getDouble(3), rs.getDouble(4)});
            }
        }
        return times;
    }

    static String functionReport(Map<String, double[]> before, Map<String, double[]> after) {
        StringBuilder b = new StringBuilder("trigger functions during the write mix (pg_stat_user_functions):\n");
        boolean any = false;
        for (var e : after.entrySet()) {
            double[] a = e.getValue();
            double[] z = before.getOrDefault(e.getKey(), new double[3]);
            double calls = a[0] - z[0];
            if (calls > 0) {
                any = true;
                b.append(String.format("  %-34s %,8.0f calls, %,9.0f ms in all, %.2f ms per call%n", e.getKey(), calls,
                        a[1] - z[1], (a[1] - z[1]) / calls));
            }
        }
        if (!any) {
            b.append("  none recorded (track_functions off)\n");
        }
        return b.toString();
    }

    static String topStatements(Connection db) throws SQLException {
        StringBuilder b = new StringBuilder("statements by total time during the write mix (pg_stat_statements, top 15):\n");
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                select calls, total_exec_time, mean_exec_time, max_exec_time, toplevel,
                  regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements
                where query not like '%pg_stat_%' order by total_exec_time desc limit 15""")) {
            b.append("  | calls | total ms | mean ms | max ms | top level | statement |\n");
            while (rs.next()) {
                String q = rs.getString(6);
                b.append(String.format("  | %,d | %,.0f | %.2f | %.1f | %s | %s |%n", rs.getLong(1), rs.getDouble(2),
                        rs.getDouble(3), rs.getDouble(4), rs.getBoolean(5) ? "yes" : "no (trigger)",
                        q.length() > 240 ? q.substring(0, 240) + "…" : q));
            }
        }
        return b.toString();
    }

    static boolean exists(Connection db, String table) throws SQLException {
        return string(db, "select to_regclass('" + table + "')") != null;
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    static String string(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String wrkVersion() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text.lines().findFirst().orElse("wrk").replaceAll("\\s+Copyright.*", "");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("wrk is required (apt-get install -y wrk): " + e.getMessage());
        }
    }

    /** CPU time the machine's processes used (user, nice, system, irq, softirq; not the hypervisor's steal), in ticks. */
    private static long machineBusyTicks() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        // cpu user nice system idle iowait irq softirq steal
        return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]);
    }

    /** CPU time of this JVM's finished children (wrk, once waited for), in clock ticks. */
    private static long childrenTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            return 18092;
        }
    }

    static String memTotal() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return String.format("%.0f GB", Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0 / 1024.0);
            }
        }
        return "?";
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
