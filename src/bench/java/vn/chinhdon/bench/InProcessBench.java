package vn.chinhdon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chinhdon.directives.CampaignManagement;
import vn.chinhdon.directives.ComplianceView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitSummary;

/**
 * Runs the in-process benchmarks with JMH (sample time: every call timed, percentiles) in this JVM, after
 * starting the application once on the generated data directory, and prints each figure beside its floor
 * measured in the same run. Also writes the query plans of the summary to target/.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.data-dir=/tmp/national</pre>
 */
public final class InProcessBench {

    private InProcessBench() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        BenchContext.get();
        long startMs = (System.nanoTime() - t0) / 1_000_000;
        JdbcClient jdbc = BenchContext.bean(JdbcClient.class);
        String province = System.getProperty("bench.province", "T40");
        String provincePath = jdbc.sql("""
                select s.path from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null where u.code = ?""")
                .param(province).query(String.class).single();
        // the commune of the province with the most members today (one pass: the commune is the path's third id)
        String commune = jdbc.sql("""
                select u.code from org_unit u where u.id = (
                  select cast(split_part(s.path, '/', 4) as bigint) from member_assignment a
                  join org_unit_state s on s.unit_id = a.unit_id and s.valid_to is null
                  where a.valid_to is null and s.path like ? and s.depth >= 2
                  group by 1 order by count(*) desc, 1 limit 1)""")
                .param(provincePath + "%").query(String.class).single();
        StringBuilder out = new StringBuilder();
        out.append(String.format("In-process benchmarks, %s, data %s (context started in %,d ms)%n", LocalDateTime.now(),
                System.getProperty("bench.data-dir"), startMs));
        out.append(String.format("dataset: %,d members (%,d with an open cell), %,d member_assignment rows, %,d unit states, "
                + "%,d documents, %,d obligations, database %s%n",
                count(jdbc, "select count(*) from member"), count(jdbc, "select count(*) from member_assignment where valid_to is null"),
                count(jdbc, "select count(*) from member_assignment"), count(jdbc, "select count(*) from org_unit_state"),
                count(jdbc, "select count(*) from document"), count(jdbc, "select count(*) from obligation"),
                jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single()));
        OrganizationManagement organization = BenchContext.bean(OrganizationManagement.class);
        for (String unit : List.of("TW", province, commune)) {
            UnitSummary s = BenchContext.asSystem(() -> organization.summary(unit, BenchContext.AT));
            out.append(String.format("summary %s (%s) on %s: %s, %,d members%n", unit, s.name(), BenchContext.AT, s.units(),
                    s.members()));
        }
        CampaignManagement campaigns = BenchContext.bean(CampaignManagement.class);
        long campaignId = jdbc.sql("select min(id) from campaign where deliverable = 'PLAN'").query(Long.class).single();
        for (String unit : List.of("TW", province)) {
            ComplianceView v = BenchContext.asSystem(() -> campaigns.compliance(campaignId, unit, BenchContext.AT));
            out.append(String.format("compliance %s: %,d targets, %.1f%% done, %,d not done listed%n", unit,
                    v.totals().targets(), v.percentDone(), v.notDone().size()));
        }
        System.out.print(out);
        plans(jdbc, provincePath, commune);

        int warmup = Integer.getInteger("bench.warmup", 1);
        int iterations = Integer.getInteger("bench.iterations", 3);
        int seconds = Integer.getInteger("bench.seconds", 5);
        // -Dbench.groups=summary,compliance,search (default: all three)
        List<String> groups = List.of(System.getProperty("bench.groups", "summary,compliance,search").split(","));
        List<RunResult> results = new ArrayList<>();
        if (groups.contains("summary")) {
            results.addAll(run(options(warmup, iterations, seconds).include(TreeBench.class.getName() + "\\.")
                    .param("unit", "TW", province, commune)));
        }
        if (groups.contains("compliance")) {
            results.addAll(run(options(warmup, iterations, seconds)
                    .include(DirectivesBench.class.getName() + "\\.(compliance|campaignPrimaryKey)$").param("unit", "TW", province)));
        }
        if (groups.contains("search")) {
            results.addAll(run(options(warmup, iterations, seconds)
                    .include(DirectivesBench.class.getName() + "\\.(search|numberLookup)$").param("unit", "TW")));
        }

        Map<String, Statistics> stats = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            stats.put(name + "|" + r.getParams().getParam("unit"), r.getPrimaryResult().getStatistics());
        }
        out.append(String.format("%nJMH 1.37, mode sample time, forks 0 (one JVM, one context), 1 thread, warm-up %d x %d s, "
                + "measurement %d x %d s; milliseconds%n", warmup, seconds, iterations, seconds));
        out.append(String.format("%-38s %9s %9s %7s | %-26s %9s %9s | %9s%n", "figure", "p50", "p95", "n", "floor", "p50",
                "p95", "p50/floor"));
        for (String unit : List.of("TW", province, commune)) {
            line(out, stats, "summary", unit, "primaryKeyLookup");
            line(out, stats, "summaryAsStaff", unit, "primaryKeyLookup");
            line(out, stats, "naiveRecursiveCount", unit, "primaryKeyLookup");
        }
        for (String unit : List.of("TW", province)) {
            line(out, stats, "compliance", unit, "campaignPrimaryKey");
        }
        line(out, stats, "search", "TW", "numberLookup");
        System.out.print(out);
        Path file = Path.of("target", "bench-inprocess-" + Path.of(System.getProperty("bench.data-dir")).getFileName() + ".txt");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        System.out.println("written to " + file);
        System.exit(0);
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static ChainedOptionsBuilder options(int warmup, int iterations, int seconds) {
        return new OptionsBuilder().forks(0).threads(1).warmupIterations(warmup).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds)).shouldFailOnError(true);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws Exception {
        return new Runner(options.build()).run();
    }

    private static void line(StringBuilder out, Map<String, Statistics> stats, String figure, String unit, String floor) {
        Statistics f = stats.get(figure + "|" + unit);
        Statistics g = stats.get(floor + "|" + unit);
        if (f == null || g == null) {
            return;
        }
        out.append(String.format("%-38s %9.3f %9.3f %7d | %-26s %9.3f %9.3f | %,9.1f%n", figure + " " + unit,
                f.getPercentile(50), f.getPercentile(95), f.getN(), floor, g.getPercentile(50), g.getPercentile(95),
                f.getPercentile(50) / g.getPercentile(50)));
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the summary's totals (as OrgTree reads them) and of the naive count. */
    private static void plans(JdbcClient jdbc, String provincePath, String commune) throws IOException {
        String rootPath = jdbc.sql("""
                select s.path from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null where u.code = ?""")
                .param("TW").query(String.class).single();
        String communePath = jdbc.sql("""
                select s.path from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null where u.code = ?""")
                .param(commune).query(String.class).single();
        long rootId = jdbc.sql("select id from org_unit where code = ?").param("TW").query(Long.class).single();
        long communeId = jdbc.sql("select id from org_unit where code = ?").param(commune).query(Long.class).single();
        StringBuilder p = new StringBuilder();
        String validS = "s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)";
        String validA = "a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)";
        for (long unitId : List.of(rootId, communeId)) {
            explain(jdbc, p, "summary totals of unit " + unitId, """
                    select m.metric, x.total from unnest(cast('{MEMBERS,CENTRAL,PROVINCIAL,DIRECTLY_UNDER,GRASSROOTS_COMMITTEE,\
                    PARTIAL_COMMITTEE,GRASSROOTS_CELL,SUBORDINATE_CELL}' as varchar[])) m(metric)
                    cross join lateral (select t.total from subtree_total t
                         where t.unit_id = :id and t.metric = m.metric and t.from_date <= :at
                         order by t.from_date desc limit 1) x""", null, unitId);
        }
        explain(jdbc, p, "naive recursive count TW", TreeBench.SUBTREE + """
                select count(*) from member_assignment a join sub on sub.unit_id = a.unit_id
                where a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)""", null, rootId);
        explain(jdbc, p, "naive recursive count " + commune, TreeBench.SUBTREE + """
                select count(*) from member_assignment a join sub on sub.unit_id = a.unit_id
                where a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)""", null, communeId);
        for (String words : List.of("chinh don dang", "ke hoach thuc hien nghi quyet 60", "ket luan 21 kl tw")) {
            // as DocumentRegister.search runs them for the system caller (visibility: every document)
            String from = "from document d join org_unit u on u.id = d.issuer_unit_id where true"
                    + " and d.search @@ plainto_tsquery('simple', '" + words + "')";
            explain(jdbc, p, "search count, window: " + words, "select count(*) from (select 1 " + from + " limit 1000) c", null, 0);
            explain(jdbc, p, "search page, window: " + words, """
                    select d.id, d.number_text, ts_rank(d.search, plainto_tsquery('simple', '%s')) as rank
                    from (select d.* %s order by d.issued_on desc, d.id desc limit 1000) d
                    order by rank desc, d.issued_on desc, d.id desc limit 20""".formatted(words, from), null, 0);
        }
        Path file = Path.of("target", "bench-plans-" + Path.of(System.getProperty("bench.data-dir")).getFileName() + ".txt");
        Files.writeString(file, p.toString(), StandardCharsets.UTF_8);
        System.out.println("query plans written to " + file);
    }

    private static void explain(JdbcClient jdbc, StringBuilder out, String title, String sql, String prefix, long id) {
        var spec = jdbc.sql("explain (analyze, buffers) " + sql);
        if (sql.contains(":at")) {
            spec = spec.param("at", BenchContext.AT);
        }
        if (prefix != null) {
            spec = spec.param("p", prefix + "%");
        }
        if (sql.contains(":id")) {
            spec = spec.param("id", id);
        }
        out.append("== ").append(title).append('\n');
        spec.query(String.class).list().forEach(l -> out.append(l).append('\n'));
        out.append('\n');
    }
}
