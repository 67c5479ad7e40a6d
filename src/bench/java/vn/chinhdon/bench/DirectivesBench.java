package vn.chinhdon.bench;

import java.util.List;
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
import vn.chinhdon.directives.CampaignManagement;
import vn.chinhdon.directives.ComplianceView;
import vn.chinhdon.directives.DocumentHit;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.shared.PageResult;

/**
 * Campaign compliance over a subtree ({@code CampaignManagement.compliance}) and document search
 * ({@code DocumentRegister.search}, first page of 20, a rotation of common and rare queries), each beside
 * its floor on the same database: a primary-key lookup of the campaign, an indexed lookup by number.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DirectivesBench {

    /** Common and rare queries, with and without diacritics, and a document number. */
    static final String[] QUERIES = {"chỉnh đốn Đảng", "ke hoach thuc hien nghi quyet 60", "sinh hoạt chi bộ",
            "tự diễn biến, tự chuyển hóa", "phòng, chống tham nhũng lãng phí", "nông thôn mới nâng cao",
            "chuyen doi so", "Kết luận 21-KL/TW"};

    @Param({"TW"})
    public String unit;

    private CampaignManagement campaigns;
    private DocumentRegister documents;
    private JdbcClient jdbc;
    private long campaignId;
    private List<String> numbers;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        campaigns = BenchContext.bean(CampaignManagement.class);
        documents = BenchContext.bean(DocumentRegister.class);
        jdbc = BenchContext.bean(JdbcClient.class);
        campaignId = jdbc.sql("select min(id) from campaign where deliverable = 'PLAN'").query(Long.class).single();
        numbers = jdbc.sql("select number_text from document order by id limit 1000").query(String.class).list();
    }

    @Benchmark
    public ComplianceView compliance() {
        return BenchContext.asSystem(() -> campaigns.compliance(campaignId, unit, BenchContext.AT));
    }

    /** Floor of compliance: the campaign's row by primary key. */
    @Benchmark
    public Map<String, Object> campaignPrimaryKey() {
        return jdbc.sql("select id, title, due_on, depth from campaign where id = ?").param(campaignId).query().singleRow();
    }

    @Benchmark
    public PageResult<DocumentHit> search() {
        String q = QUERIES[next++ % QUERIES.length];
        return BenchContext.asSystem(() -> documents.search(q, null, 0, 20));
    }

    /** Floor of search: documents by their number through the btree index on number_text. */
    @Benchmark
    public List<Map<String, Object>> numberLookup() {
        return jdbc.sql("select id, number_text, title, issued_on from document where number_text = ? limit 20")
                .param(numbers.get(next++ % numbers.size())).query().listOfRows();
    }
}
