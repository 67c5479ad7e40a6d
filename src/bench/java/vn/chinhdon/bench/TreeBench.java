package vn.chinhdon.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitSummary;

/**
 * The subtree summary of API.md ({@code OrganizationManagement.summary}: units by kind and members of the
 * subtree as of a date) for one unit, beside its floors on the same database: a primary-key lookup of the
 * unit, and the naive count that walks the subtree with a recursive CTE on {@code parent_id}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TreeBench {

    @Param({"TW"})
    public String unit;

    private OrganizationManagement organization;
    private JdbcClient jdbc;
    private long unitId;

    @Setup(Level.Trial)
    public void setUp() {
        organization = BenchContext.bean(OrganizationManagement.class);
        jdbc = BenchContext.bean(JdbcClient.class);
        unitId = jdbc.sql("select id from org_unit where code = ?").param(unit).query(Long.class).single();
    }

    @Benchmark
    public UnitSummary summary() {
        return BenchContext.asSystem(() -> organization.summary(unit, BenchContext.AT));
    }

    /** The same as a committee-staff account granted on the unit: its grants are read, then the summary. */
    @Benchmark
    public UnitSummary summaryAsStaff() {
        return BenchContext.asStaffOf(unit, () -> organization.summary(unit, BenchContext.AT));
    }

    /** Floor: one indexed row of the same database. */
    @Benchmark
    public Map<String, Object> primaryKeyLookup() {
        return jdbc.sql("select id, code, valid_from, valid_to, version from org_unit where id = ?").param(unitId)
                .query().singleRow();
    }

    static final String SUBTREE = """
            with recursive sub(unit_id, kind) as (
              select s.unit_id, s.kind from org_unit_state s
              where s.unit_id = :id and s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)
              union all
              select s.unit_id, s.kind from org_unit_state s join sub on s.parent_id = sub.unit_id
              where s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at))
            """;

    /** The naive way: walk the subtree level by level (recursive CTE on parent_id), then count. */
    @Benchmark
    public long[] naiveRecursiveCount() {
        long[] out = new long[2];
        jdbc.sql(SUBTREE + "select kind, count(*) from sub group by kind").param("id", unitId).param("at", BenchContext.AT)
                .query(rs -> {
                    out[0] += rs.getLong(2);
                });
        out[1] = jdbc.sql(SUBTREE + """
                select count(*) from member_assignment a join sub on sub.unit_id = a.unit_id
                where a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)""")
                .param("id", unitId).param("at", BenchContext.AT).query(Long.class).single();
        return out;
    }
}
