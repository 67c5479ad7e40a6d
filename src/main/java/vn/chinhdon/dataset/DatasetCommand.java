package vn.chinhdon.dataset;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.AdministrativeReform;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.platform.CurrentUser;

/**
 * {@code --chinhdon.dataset.scale=tiny|province|national} on an empty database: imports the real tree of 1
 * March 2025 (taken as standing since 1 January 2020) and applies the 1 July 2025 reform through the
 * facades, as {@code ReformCommand} does, then generates and loads the dataset beneath the communes (all
 * 3,321; those of {@code chinhdon.dataset.province}, default T40, for province; the first of them for
 * tiny), prints the row counts and times, and exits.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "chinhdon.dataset.scale")
class DatasetCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatasetCommand.class);

    private final OrganizationManagement organization;
    private final DatasetGenerator generator;
    private final JdbcClient jdbc;
    private final ConfigurableApplicationContext context;
    private final String scale;
    private final long seed;
    private final String units;
    private final String merges;
    private final String province;
    private final String workDir;
    private final boolean demoData;
    private final boolean exit;

    DatasetCommand(OrganizationManagement organization, DatasetGenerator generator, JdbcClient jdbc,
            ConfigurableApplicationContext context, @Value("${chinhdon.dataset.scale}") String scale,
            @Value("${chinhdon.dataset.seed:2025}") long seed, @Value("${chinhdon.dataset.units:}") String units,
            @Value("${chinhdon.dataset.merges:}") String merges,
            @Value("${chinhdon.dataset.province:T40}") String province,
            @Value("${chinhdon.dataset.work-dir:${chinhdon.data-dir:./data}/dataset-copy}") String workDir,
            @Value("${chinhdon.demo-data:false}") boolean demoData,
            @Value("${chinhdon.dataset.exit:true}") boolean exit) {
        this.organization = organization;
        this.generator = generator;
        this.jdbc = jdbc;
        this.context = context;
        this.scale = scale;
        this.seed = seed;
        this.units = units;
        this.merges = merges;
        this.province = province;
        this.workDir = workDir;
        this.demoData = demoData;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Scale size = Scale.parse(scale);
        if (units.isBlank() || merges.isBlank()) {
            throw new IllegalStateException("--chinhdon.dataset.units= and --chinhdon.dataset.merges= must name "
                    + "units-2025-03-01.json and merges-2025-07-01.json (shared/data/vn-admin-units)");
        }
        if (demoData) {
            throw new IllegalStateException("The dataset goes into an empty database: add --chinhdon.demo-data=false");
        }
        if (jdbc.sql("select count(*) from org_unit").query(Long.class).single() > 0) {
            throw new IllegalStateException("The dataset goes into an empty database: this one has units already "
                    + "(use a new --chinhdon.data-dir)");
        }
        AdministrativeReform reform;
        try (InputStream u = new FileInputStream(Path.of(units).toFile());
                InputStream m = new FileInputStream(Path.of(merges).toFile())) {
            reform = AdministrativeReform.read(u, m, true);
        }
        List<UnitImportRow> rows = reform.units().stream()
                .map(r -> new UnitImportRow(r.code(), r.name(), r.kind(), r.parentCode(), DatasetGenerator.HISTORY_START))
                .toList();
        long[] reformMillis = new long[2];
        CurrentUser.runAsSystem(() -> {
            long t0 = System.nanoTime();
            organization.importUnits(rows, 1);
            long t1 = System.nanoTime();
            organization.restructure(reform.restructuring());
            long t2 = System.nanoTime();
            reformMillis[0] = (t1 - t0) / 1_000_000;
            reformMillis[1] = (t2 - t1) / 1_000_000;
        });
        log.info("Dataset: tree imported ({} units) in {} ms, reform applied in {} ms", rows.size(), reformMillis[0],
                reformMillis[1]);
        String prefix = jdbc.sql("select s.path from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null where u.code = ?")
                .param(size == Scale.NATIONAL ? AdministrativeReform.ROOT : province).query(String.class).single();
        List<String> communes = jdbc.sql("""
                select u.code from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null
                where s.kind = 'DIRECTLY_UNDER' and s.path like ? and s.valid_from <= ? order by u.code""")
                .params(prefix + "%", AdministrativeReform.EFFECTIVE).query(String.class).list();
        if (size == Scale.TINY) {
            communes = communes.subList(0, 1);
        }
        DatasetGenerator.Result result = generator.generate(size, seed, AdministrativeReform.ROOT, communes,
                Path.of(workDir));
        StringBuilder report = new StringBuilder();
        report.append(String.format("%nDataset %s, seed %d, %d communes%n", size.name().toLowerCase(), seed, communes.size()));
        report.append(String.format("  tree of 2025-03-01 imported: %,d units in %,d ms; reform applied in %,d ms%n",
                rows.size(), reformMillis[0], reformMillis[1]));
        report.append(String.format("  generated (files) in %,d ms; COPY in %,d ms; ANALYZE in %,d ms%n",
                result.generateMillis(), result.loadMillis(), result.analyzeMillis()));
        report.append(String.format("  %-22s %14s %10s%n", "table", "rows", "COPY ms"));
        for (Map.Entry<String, Long> e : result.rows().entrySet()) {
            report.append(String.format("  %-22s %,14d %,10d%n", e.getKey(), e.getValue(),
                    result.tableMillis().get(e.getKey())));
        }
        LocalDate today = organization.today();
        report.append("  open units by kind today: ");
        jdbc.sql("select kind, count(*) from org_unit_state where valid_to is null group by kind order by min(depth)")
                .query(rs -> {
                    report.append(rs.getString(1)).append('=').append(String.format("%,d", rs.getLong(2))).append(' ');
                });
        report.append(String.format("%n  members with an open cell on %s: %,d%n", today, jdbc.sql(
                "select count(*) from member_assignment where valid_to is null").query(Long.class).single()));
        report.append(String.format("  database size: %s%n", jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))")
                .query(String.class).single()));
        System.out.println(report);
        log.info("Dataset loaded");
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
