package vn.chinhdon.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year-end evaluation write mix of issue 7 under concurrent load, through HTTP, against the same floor as
 * {@link LoadBench} (an authenticated {@code GET /api/v1/documents/parse-number}) and with its helpers (wrk and the Lua
 * script {@code src/bench/wrk/mix.lua}, CPU and memory accounting, the wait for requests in flight, pg_stat_statements):
 *
 * <ol>
 * <li>starts {@code target/chinhdon.jar} in dev mode on the data directory; creates (as the administrator) an
 * ORGANIZATION_BOARD account of the province, which does everything below;</li>
 * <li>set-up, not under load: opens a 2025 season over the province ({@code POST /api/v1/evaluation-seasons}, rule set
 * 366-QĐ/TW: scores required), timed, with its ratings counted; self-assesses the collective of every cell of the
 * season; picks three disjoint pools of member ratings (not heads, no evidence in the ledger, admitted at least 6 months
 * before the period's end, so no cap or flag refuses them) and through the API self-assesses the second and third pool
 * and proposes the third, on {@code bench.setup-threads} concurrent connections;</li>
 * <li>times the read views of the season as the board account (season, progress, quota, high-against-evidence, first
 * page of ratings), each {@code bench.reads} times, beside a primary-key lookup and the HTTP floor;</li>
 * <li>under load (wrk): the floor, then the mix — self-assessments of the first pool, proposals of the second,
 * decisions of the third, Hoàn thành tốt or Hoàn thành (never xuất sắc, so the quota never refuses) with a score in
 * the level's band — then each kind alone on one connection. The mix replays the same prepared lines in every run: the
 * pools' rows are put back from a snapshot after each writing run (their steps and audit rows deleted);</li>
 * <li>at the end deletes the season, its ratings and steps, the account and the run's audit rows, so the dataset is
 * as generated (an interrupted run's season is deleted at the next start).</li>
 * </ol>
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.main=vn.chinhdon.bench.EvaluationLoadBench -Dbench.data-dir=/tmp/province2</pre>
 *
 * Options (system properties of this JVM, through {@code -Dbench.jvm="-Xmx4g -Dbench.duration=60 …"}):
 * {@code bench.connections} (16), {@code bench.threads} (2), {@code bench.warmup} (20 s), {@code bench.duration} (60 s),
 * {@code bench.single} (15 s on one connection), {@code bench.weights} (self-assessment/proposal/decision, 40,30,30),
 * {@code bench.ratings} (8,000 member ratings per pool), {@code bench.province} (T40), {@code bench.reads} (20 calls
 * per view), {@code bench.setup-threads} (8), {@code bench.statements} (true), {@code bench.port}, {@code bench.jar},
 * {@code bench.app-jvm}.
 */
public final class EvaluationLoadBench {

    private static final String TITLE = "EvaluationLoadBench: đánh giá, xếp loại chất lượng năm 2025";
    private static final String BOARD_PASSWORD = "bench-board-password-2026";
    private static final LocalDate PERIOD_TO = LocalDate.of(2025, 12, 31);
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private EvaluationLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("bench.data-dir", "/tmp/province");
        String jar = System.getProperty("bench.jar", "target/chinhdon.jar");
        int port = Integer.getInteger("bench.port", LoadBench.freePort());
        int threads = Integer.getInteger("bench.threads", 2);
        int connections = Integer.getInteger("bench.connections", 16);
        int warmup = Integer.getInteger("bench.warmup", 20);
        int duration = Integer.getInteger("bench.duration", 60);
        int single = Integer.getInteger("bench.single", 15);
        int perPool = Integer.getInteger("bench.ratings", 8_000);
        int reads = Integer.getInteger("bench.reads", 20);
        int setupThreads = Integer.getInteger("bench.setup-threads", 8);
        String requested = System.getProperty("bench.province", "T40");
        String[] weights = System.getProperty("bench.weights", "40,30,30").split(",");
        boolean statements = !"false".equals(System.getProperty("bench.statements"));
        Path script = Path.of("src/bench/wrk/mix.lua");
        String name = Path.of(dataDir).getFileName().toString();
        Path work = Path.of("target", "bench-evaluation-" + name);
        Files.createDirectories(work);
        Path log = work.resolve("app.log");

        StringBuilder out = new StringBuilder();
        out.append(LoadBench.header("Year-end evaluation write mix under load (wrk)", dataDir));
        BenchApp app = BenchApp.start(jar, dataDir, port, false, log, List.of());
        String province;
        try (Connection db = app.jdbc()) {
            province = "auto".equals(requested) ? biggestProvince(db) : requested;
        }
        String board = "bench.board." + province.toLowerCase(java.util.Locale.ROOT);
        String boardAuth = "Basic " + Base64.getEncoder().encodeToString((board + ":" + BOARD_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        out.append(String.format("wrk: %d threads, %d connections, warm-up %d s, measured %d s, --timeout 30s; single-connection "
                + "runs %d s; mix weights self-assessment/proposal/decision %s; %,d member ratings per pool; province %s%s; "
                + "account %s (ORGANIZATION_BOARD of %s) for every request, the floor included%n", threads, connections,
                warmup, duration, single, String.join("/", weights), perPool, province,
                "auto".equals(requested) ? " (the one with the most cells today)" : "", board, province));
        boolean statementsOn = false;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            if (statements) {
                statementsOn = true;
                app = LoadBench.statementsOn(app, jar, dataDir, port, log, out);
            }
            out.append(String.format("start: %,d ms until /actuator/health answered%n", app.startMs));
            out.append(app.memoryLine("after start"));
            try (Connection db = app.jdbc()) {
                db.setAutoCommit(true);
                cleanUp(db, board, out, true);
                Api api = new Api(http, app.base);
                api.send("POST", "/api/v1/users", BenchApp.basicAuthorization(), """
                        {"username":"%s","password":"%s","displayName":"Ban Tổ chức (bench)","grants":[{"role":"ORGANIZATION_BOARD","unitCode":"%s"}]}"""
                        .formatted(board, BOARD_PASSWORD, province), 201);
                long auditMark = Long.parseLong(LoadBench.string(db, "select coalesce(max(id), 0) from audit_event"));

                // ---- set-up: open the season, self-assess the cells' collectives, fill the pools ----
                long t0 = System.nanoTime();
                String opened = api.send("POST", "/api/v1/evaluation-seasons", boardAuth, """
                        {"unitCode":"%s","title":"%s","year":2025,"deadline":"%s"}"""
                        .formatted(province, TITLE, LocalDate.now().plusDays(30)), 201);
                long openMs = (System.nanoTime() - t0) / 1_000_000;
                Matcher m = ID.matcher(opened);
                if (!m.find()) {
                    throw new IllegalStateException("no season id in " + opened);
                }
                long season = Long.parseLong(m.group(1));
                out.append(String.format("season %d opened over %s in %,d ms (HTTP, one request): %s ratings (collectives / "
                        + "members / member ratings by grassroots organization counted for the quota: %s)%n", season, province,
                        openMs, LoadBench.string(db, "select count(*) from evaluation_rating where season_id = " + season),
                        LoadBench.string(db, "select count(*) filter (where member_id is null) || ' / ' || count(*) filter "
                                + "(where member_id is not null) || ' / ' || count(distinct quota_unit_id) from evaluation_rating "
                                + "where season_id = " + season)));
                out.append(app.memoryLine("after opening"));

                List<String> cells = ids(db, """
                        select r.id from evaluation_rating r join org_unit_state s on s.unit_id = r.unit_id
                          and s.valid_from <= ? and (s.valid_to is null or s.valid_to > ?)
                        where r.season_id = ? and r.member_id is null and s.kind in ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')
                        order by r.id""", PERIOD_TO, PERIOD_TO, season);
                out.append(api.parallel("set-up: self-assessment of every cell's collective", cells, setupThreads, id -> new String[] {
                        "/api/v1/ratings/" + id + "/self-assessment", body("GOOD", 80, "Tập thể chi bộ tự đánh giá.", null, null)},
                        boardAuth));
                // three disjoint pools of member ratings spread over the province (every seventh rating id, dealt in turn)
                List<String> candidates = ids(db, """
                        select r.id from evaluation_rating r join member m on m.id = r.member_id
                        where r.season_id = ? and r.member_id is not null and not r.head and r.state = 'PENDING'
                          and m.admission_date <= ?
                          and not exists (select 1 from evidence_entry e where e.member_id = r.member_id)
                          and r.id % 7 = 3
                        order by r.id limit ?""", season, PERIOD_TO.minusMonths(6), 3 * perPool);
                List<String> selfPool = new ArrayList<>();
                List<String> proposalPool = new ArrayList<>();
                List<String> decisionPool = new ArrayList<>();
                for (int i = 0; i < candidates.size(); i++) {
                    (i % 3 == 0 ? selfPool : i % 3 == 1 ? proposalPool : decisionPool).add(candidates.get(i));
                }
                List<String> toSelfAssess = new ArrayList<>(proposalPool);
                toSelfAssess.addAll(decisionPool);
                out.append(api.parallel("set-up: self-assessment of the members of the proposal and decision pools", toSelfAssess,
                        setupThreads, id -> new String[] {"/api/v1/ratings/" + id + "/self-assessment",
                            body(level(id), score(id, 0), "Bản tự kiểm điểm của đảng viên.", null, null)}, boardAuth));
                out.append(api.parallel("set-up: proposals of the decision pool", decisionPool, setupThreads, id -> new String[] {
                        "/api/v1/ratings/" + id + "/proposal", body(level(id), score(id, 2), "Ý kiến thẩm định của chi ủy.", null,
                        null)}, boardAuth));
                LoadBench.execute(db, "vacuum analyze evaluation_rating");
                LoadBench.execute(db, "vacuum analyze evaluation_step");

                // the pools as they stand (a refused set-up request leaves its rating out), with their versions
                List<String> selfLines = lines(db, season, selfPool, "PENDING", "self-assessment",
                        id -> body(level(id), score(id, 0), "Bản tự kiểm điểm của đảng viên.", null, null));
                List<String> proposalLines = lines(db, season, proposalPool, "SELF_ASSESSED", "proposal",
                        id -> body(level(id), score(id, 2), "Ý kiến thẩm định của chi ủy.", null, null));
                List<String> decisionLines = lines(db, season, decisionPool, "PROPOSED", "decision",
                        id -> body(level(id), null, null, "%d-QĐ/ĐU".formatted(100 + Long.parseLong(id) % 900), null));
                out.append(String.format("pools ready: %,d self-assessments, %,d proposals, %,d decisions (each line sent once "
                        + "per run; the rows put back after each writing run)%n", selfLines.size(), proposalLines.size(),
                        decisionLines.size()));

                // ---- the read views of the season ----
                out.append(reads(db, api, boardAuth, season, reads, selfPool.isEmpty() ? null : selfPool.get(0),
                        statements));

                // ---- snapshot, inputs ----
                snapshot(db, season, candidates);
                Map<String, String> before = checksums(db, season);
                List<LoadBench.Kind> kinds = List.of(new LoadBench.Kind("self", "/self%-assessment$", selfLines),
                        new LoadBench.Kind("proposal", "/proposal$", proposalLines),
                        new LoadBench.Kind("decision", "/decision$", decisionLines));
                Path many = work.resolve("in-" + threads);
                Path one = work.resolve("in-1");
                LoadBench.writeInputs(many, threads, boardAuth, kinds);
                LoadBench.writeInputs(one, 1, boardAuth, kinds);
                String[] floorW = {"get=1"};
                String[] mixW = {"self=" + weights[0], "proposal=" + weights[1], "decision=" + weights[2]};
                LoadBench.SqlAction restore = () -> restore(db, season);

                LoadBench.wrk(app, script, many, threads, connections, warmup, floorW, "floor warm-up", out);
                LoadBench.Run floor = LoadBench.wrk(app, script, many, threads, connections, duration, floorW,
                        "floor: GET parse-number", out);
                LoadBench.wrk(app, script, many, threads, connections, warmup, mixW, "evaluation mix warm-up", out);
                LoadBench.settleAndRestore(db, out, restore);
                if (statements) {
                    LoadBench.execute(db, "select pg_stat_statements_reset()");
                }
                LoadBench.Sampler sampler = new LoadBench.Sampler(app);
                sampler.start();
                LoadBench.Run mix = LoadBench.wrk(app, script, many, threads, connections, duration, mixW,
                        "evaluation write mix", out);
                sampler.stop();
                String statementReport = statements ? LoadBench.topStatements(db) : "";
                BenchApp.Memory after = app.memory();
                LoadBench.settleAndRestore(db, out, restore);
                vacuum(db);

                LoadBench.Run floor1 = LoadBench.wrk(app, script, one, 1, 1, single, floorW, "floor, 1 connection", out);
                LoadBench.Run self1 = LoadBench.wrk(app, script, one, 1, 1, single, new String[] {"self=1"},
                        "self-assessment alone, 1 connection", out);
                LoadBench.Run proposal1 = LoadBench.wrk(app, script, one, 1, 1, single, new String[] {"proposal=1"},
                        "proposal alone, 1 connection", out);
                LoadBench.Run decision1 = LoadBench.wrk(app, script, one, 1, 1, single, new String[] {"decision=1"},
                        "decision alone, 1 connection", out);
                LoadBench.settleAndRestore(db, out, restore);
                Map<String, String> afterRestore = checksums(db, season);

                out.append("\n| figure | connections | req/s | p50 ms | p95 ms | p99 ms | non-2xx | floor | req/s / floor | p99 / floor p99 | CPU ms per request: JVM + PostgreSQL | cores used by other processes |\n");
                out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
                LoadBench.row(out, floor, floor, "—");
                LoadBench.row(out, mix, floor, "floor");
                LoadBench.row(out, floor1, floor1, "—");
                LoadBench.row(out, self1, floor1, "floor, 1 conn.");
                LoadBench.row(out, proposal1, floor1, "floor, 1 conn.");
                LoadBench.row(out, decision1, floor1, "floor, 1 conn.");
                out.append(String.format("%nevaluation mix: sent self-assessment %,.0f / proposal %,.0f / decision %,.0f; non-2xx "
                        + "self-assessment %,.0f, proposal %,.0f, decision %,.0f, other %,.0f; kinds exhausted %,.0f (of %,d / %,d / "
                        + "%,d prepared); timeouts %,.0f%n", mix.get("sent_self"), mix.get("sent_proposal"),
                        mix.get("sent_decision"), mix.get("bad_self"), mix.get("bad_proposal"), mix.get("bad_decision"),
                        mix.get("bad_other"), mix.get("exhausted"), selfLines.size(), proposalLines.size(),
                        decisionLines.size(), mix.get("timeouts")));
                for (LoadBench.Run r : List.of(self1, proposal1, decision1)) {
                    if (r.get("exhausted") > 0) {
                        out.append(String.format("  %s ran dry: %,.0f requests fell back to the GET%n", r.name(),
                                r.get("exhausted")));
                    }
                }
                for (LoadBench.Run r : List.of(mix, self1, proposal1, decision1)) {
                    if (!r.sample().isEmpty()) {
                        out.append("  first non-2xx of ").append(r.name()).append(": ").append(r.sample()).append('\n');
                    }
                }
                out.append(String.format("evaluation mix throughput %.1f%% of the floor's; p99 %.2f x the floor's p99%n",
                        100 * mix.rps() / floor.rps(), mix.ms("p99_us") / floor.ms("p99_us")));
                out.append(sampler.maximum.describe("during the evaluation mix, maximum of 1-second samples"));
                out.append(after.describe("right after the evaluation mix"));
                out.append(sampler.waitReport());
                out.append(statementReport);
                out.append(before.equals(afterRestore) ? "pools restored: checksums of their ratings and of the season's steps as before the runs\n"
                        : "pools NOT restored as before: " + before + " -> " + afterRestore + "\n");
                long c0 = System.nanoTime();
                cleanUp(db, board, out, false);
                out.append(String.format("season, ratings, steps, account and the run's audit rows deleted in %,d ms (audit rows "
                        + "after id %d)%n", (System.nanoTime() - c0) / 1_000_000, auditMark));
            }
        } finally {
            if (statementsOn) {
                LoadBench.statementsOff(app, out);
            }
            app.close();
            System.out.print(out);
            Path file = Path.of("target", "bench-evaluation-" + name + ".txt");
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
            System.out.println("written to " + file);
        }
    }

    /** The code of the province with the most cells today ({@code bench.province=auto}). */
    private static String biggestProvince(Connection db) throws SQLException {
        return LoadBench.string(db, """
                select u.code from org_unit u join org_unit_state p on p.unit_id = u.id and p.valid_to is null
                where p.kind = 'PROVINCIAL'
                order by (select count(*) from org_unit_state c where c.valid_to is null and c.path like p.path || '%'
                            and c.kind in ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')) desc, u.code limit 1""");
    }

    /** Hoàn thành tốt for three ratings in four, Hoàn thành for the fourth. */
    private static String level(String id) {
        return Long.parseLong(id) % 4 == 0 ? "COMPLETED" : "GOOD";
    }

    /** A score inside the level's band (366-QĐ/TW: 70–<90 Hoàn thành tốt, 50–<70 Hoàn thành). */
    private static int score(String id, int plus) {
        return ("GOOD".equals(level(id)) ? 78 : 60) + plus + (int) (Long.parseLong(id) % 5);
    }

    private static String body(String level, Integer score, String text, String decisionNumber, Long version) {
        StringBuilder b = new StringBuilder("{\"level\":\"").append(level).append('"');
        if (score != null) {
            b.append(",\"score\":").append(score);
        }
        if (text != null) {
            b.append(",\"text\":\"").append(LoadBench.json(text)).append('"');
        }
        if (decisionNumber != null) {
            b.append(",\"decisionNumber\":\"").append(LoadBench.json(decisionNumber)).append('"');
        }
        if (version != null) {
            b.append(",\"version\":").append(version);
        }
        return b.append('}').toString();
    }

    /** The lines of a pool for the Lua script: the ratings of the pool still in {@code state}, with their version. */
    private static List<String> lines(Connection db, long season, List<String> pool, String state, String step,
            java.util.function.Function<String, String> bodyOf) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("""
                select id, version from evaluation_rating where season_id = ? and state = ? and id = any(?) order by id""")) {
            ps.setLong(1, season);
            ps.setString(2, state);
            ps.setArray(3, db.createArrayOf("bigint", pool.stream().map(Long::valueOf).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String body = bodyOf.apply(id);
                    out.add("POST\t/api/v1/ratings/" + id + "/" + step + "\t" + body.substring(0, body.length() - 1)
                            + ",\"version\":" + rs.getLong(2) + "}");
                }
            }
        }
        return out;
    }

    private static List<String> ids(Connection db, String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The read views of the season as the board account, each {@code n} times after two calls, beside their floors. */
    private static String reads(Connection db, Api api, String auth, long season, int n, String ratingId,
            boolean statements) throws Exception {
        StringBuilder b = new StringBuilder(String.format("%nread views of the season as the board account (HTTP, one "
                + "connection, %d calls each after 2 warm-up calls; milliseconds):%n", n));
        b.append("| view | p50 | p95 | max | response KB | p50 / HTTP floor p50 | p50 / PK floor p50 |\n|---|---|---|---|---|---|---|\n");
        double[] pk = new double[n * 10];
        for (int w = 0; w < 20; w++) {
            pkLookup(db, ratingId);
        }
        for (int i = 0; i < pk.length; i++) {
            long t0 = System.nanoTime();
            pkLookup(db, ratingId);
            pk[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(pk);
        String floorPath = "/api/v1/documents/parse-number?value=196-KH/TU";
        double[] floor = null;
        List<String[]> views = List.of(new String[] {"floor: GET parse-number (HTTP)", floorPath},
                new String[] {"GET /api/v1/evaluation-seasons/{id}", "/api/v1/evaluation-seasons/" + season},
                new String[] {"GET …/{id}/progress", "/api/v1/evaluation-seasons/" + season + "/progress"},
                new String[] {"GET …/{id}/quota", "/api/v1/evaluation-seasons/" + season + "/quota"},
                new String[] {"GET …/{id}/high-against-evidence", "/api/v1/evaluation-seasons/" + season
                        + "/high-against-evidence"},
                new String[] {"GET …/{id}/ratings?page=1", "/api/v1/evaluation-seasons/" + season + "/ratings?page=1"});
        if (statements) {
            LoadBench.execute(db, "select pg_stat_statements_reset()");
        }
        for (String[] v : views) {
            double[] t = new double[n];
            int bytes = 0;
            for (int i = -2; i < n; i++) {
                long t0 = System.nanoTime();
                String body = api.send("GET", v[1], auth, null, 200);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (i >= 0) {
                    t[i] = ms;
                }
                bytes = body.getBytes(StandardCharsets.UTF_8).length;
            }
            Arrays.sort(t);
            if (floor == null) {
                floor = t;
            }
            b.append(String.format("| %s | %.2f | %.2f | %.2f | %,.1f | %s | %,.0f |%n", v[0], pct(t, 50), pct(t, 95), t[n - 1],
                    bytes / 1024.0, t == floor ? "1" : String.format("%,.1f", pct(t, 50) / pct(floor, 50)),
                    pct(t, 50) / pct(pk, 50)));
        }
        b.append(String.format("| floor: primary-key lookup of a rating (JDBC, %d calls) | %.3f | %.3f | %.3f | | | 1 |%n",
                pk.length, pct(pk, 50), pct(pk, 95), pk[pk.length - 1]));
        if (statements) {
            b.append("statements of the read views by mean time (pg_stat_statements, top 8):\n");
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                    select calls, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements
                    where query not like '%pg_stat_%' order by mean_exec_time desc limit 8""")) {
                while (rs.next()) {
                    String q = rs.getString(3);
                    b.append(String.format("  %,d calls, mean %.1f ms: %s%n", rs.getLong(1), rs.getDouble(2),
                            q.length() > 400 ? q.substring(0, 400) + "…" : q));
                }
            }
        }
        return b.toString();
    }

    private static void pkLookup(Connection db, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("select * from evaluation_rating where id = ?")) {
            ps.setLong(1, Long.parseLong(id));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The pools' rows as they are before the runs, and the marks of the steps and audit rows. */
    private static void snapshot(Connection db, long season, List<String> ids) throws SQLException {
        LoadBench.execute(db, "drop table if exists bench_eval_rating");
        LoadBench.execute(db, "drop table if exists bench_eval_mark");
        try (PreparedStatement ps = db.prepareStatement(
                "create table bench_eval_rating as select * from evaluation_rating where season_id = ? and id = any(?)")) {
            ps.setLong(1, season);
            ps.setArray(2, db.createArrayOf("bigint", ids.stream().map(Long::valueOf).toArray()));
            ps.execute();
        }
        LoadBench.execute(db, "alter table bench_eval_rating add primary key (id)");
        LoadBench.execute(db, "create table bench_eval_mark as select (select coalesce(max(id), 0) from evaluation_step) as "
                + "step_max, (select coalesce(max(id), 0) from audit_event) as audit_max");
    }

    /** Puts the pools' ratings back, and deletes the steps and audit rows written since the snapshot. One transaction. */
    private static void restore(Connection db, long season) throws SQLException {
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute("delete from evaluation_step where id > (select step_max from bench_eval_mark)");
            st.execute("""
                    update evaluation_rating r set state = b.state, self_level = b.self_level, self_score = b.self_score,
                      self_text = b.self_text, self_on = b.self_on, self_by = b.self_by, self_on_behalf = b.self_on_behalf,
                      sick_leave = b.sick_leave, proposed_level = b.proposed_level, proposed_score = b.proposed_score,
                      proposal_text = b.proposal_text, proposed_on = b.proposed_on, proposed_by = b.proposed_by,
                      caps_applied = b.caps_applied, flags = b.flags, level = b.level, decision_number = b.decision_number,
                      decided_on = b.decided_on, decided_by = b.decided_by, acknowledgement = b.acknowledgement,
                      rerated = b.rerated, version = b.version
                    from bench_eval_rating b where r.id = b.id and r.version <> b.version""");
            st.execute("delete from audit_event where id > (select audit_max from bench_eval_mark) "
                    + "and entity_type = 'EVALUATION_RATING'");
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static Map<String, String> checksums(Connection db, long season) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        sums.put("evaluation_rating", LoadBench.string(db, "select md5(string_agg(r::text, ',' order by r.id)) from "
                + "evaluation_rating r where r.id in (select id from bench_eval_rating)"));
        sums.put("evaluation_step", LoadBench.string(db, "select count(*) || '/' || coalesce(max(s.id), 0) from evaluation_step s "
                + "join evaluation_rating r on r.id = s.rating_id where r.season_id = " + season));
        sums.put("states", LoadBench.string(db, "select string_agg(state || '=' || n, ',' order by state) from (select state, "
                + "count(*) as n from evaluation_rating where season_id = " + season + " group by state) x"));
        return sums;
    }

    private static void vacuum(Connection db) throws SQLException {
        for (String t : List.of("evaluation_rating", "evaluation_step", "audit_event")) {
            LoadBench.execute(db, "vacuum analyze " + t);
        }
    }

    /** Deletes the bench's seasons (this run's or an interrupted one's), their rows, the account and their audit rows. */
    private static void cleanUp(Connection db, String board, StringBuilder out, boolean leftOver) throws SQLException {
        String seasons = "(select id from evaluation_season where title = '" + TITLE + "')";
        long n = Long.parseLong(LoadBench.string(db, "select count(*) from " + seasons));
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute("delete from evaluation_step where rating_id in (select id from evaluation_rating where season_id in "
                    + seasons + ")");
            st.execute("delete from evaluation_rating where season_id in " + seasons);
            st.execute("delete from evaluation_season where id in " + seasons);
            st.execute("delete from audit_event where actor in ('" + board + "', '" + BenchApp.USER + "') and (entity_type in "
                    + "('EVALUATION_RATING', 'EVALUATION_SEASON') or action like 'USER%')");
            st.execute("delete from app_user where username = '" + board + "'");
            st.execute("drop table if exists bench_eval_rating");
            st.execute("drop table if exists bench_eval_mark");
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        if (leftOver && n > 0) {
            out.append(String.format("deleted %d season(s) of the bench left by an earlier run%n", n));
        }
    }

    /** HTTP calls of the set-up and of the read views. */
    private record Api(HttpClient http, String base) {

        String send(String method, String path, String auth, String json, int expected) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", auth).header("Accept", "application/json");
            if (json != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + ": HTTP " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }

        /** POSTs one request per id on {@code threads} connections; returns a line with the time and the refusals. */
        String parallel(String title, List<String> ids, int threads, java.util.function.Function<String, String[]> request,
                String auth) throws Exception {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicReference<String> first = new AtomicReference<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                        String[] pathAndBody = request.apply(ids.get(i));
                        HttpRequest r = HttpRequest.newBuilder(URI.create(base + pathAndBody[0]))
                                .timeout(Duration.ofMinutes(2)).header("Authorization", auth)
                                .header("Content-Type", "application/json").header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(pathAndBody[1])).build();
                        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() / 100 != 2) {
                            refused.incrementAndGet();
                            first.compareAndSet(null, response.statusCode() + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            double s = (System.nanoTime() - t0) / 1e9;
            return String.format("%s: %,d requests on %d connections in %.1f s (%,.1f req/s), %,d refused%s%n", title, ids.size(),
                    threads, s, ids.size() / s, refused.get(), first.get() == null ? ""
                            : " (first: " + first.get().replaceAll("\\s+", " ").substring(0, Math.min(300,
                                    first.get().length())) + ")");
        }
    }
}
