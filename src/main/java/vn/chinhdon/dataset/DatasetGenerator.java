package vn.chinhdon.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.shared.VietnameseSortKey;
import vn.chinhdon.shared.VietnameseText;

/**
 * Generates grassroots organizations, cells, members with five years of history, documents and two
 * campaigns beneath existing communes, and loads them with PostgreSQL COPY.
 *
 * <p>The rows are those the application writes itself: paths and depths as {@code importUnits} computes
 * them, names folded with {@link VietnameseText#fold} and sorted with {@link VietnameseSortKey}, document
 * search keys folded as the register folds them, ids from {@code org_seq} (a reserved block). Each
 * commune's grassroots organizations and cells start on the date of the commune's current state (1 July
 * 2025 for the communes of the reform); before that date a member belongs to one of the old communes the
 * commune was formed from (its predecessors in the lineage), as the restructuring itself would have moved
 * them: closed there on the effective date and reopened, reason {@code RESTRUCTURING}, in a cell.
 */
@Component
public class DatasetGenerator {

    private static final Logger log = LoggerFactory.getLogger(DatasetGenerator.class);

    /** The earliest date of generated history. */
    static final LocalDate HISTORY_START = LocalDate.of(2020, 1, 1);
    static final String ACTOR = "dataset";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    DatasetGenerator(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** What was loaded: rows per table, generation and load times. */
    public record Result(Map<String, Long> rows, Map<String, Long> tableMillis, long generateMillis, long loadMillis,
            long analyzeMillis) {
    }

    record Commune(long id, String code, String name, String path, LocalDate from, List<PreUnit> before,
            Long restructuringId) {
    }

    /** An old unit a commune was formed from, open on [from, to). */
    record PreUnit(long id, LocalDate from, LocalDate to) {
    }

    /** A generated grassroots organization (for obligations and documents). */
    record Grassroots(long id, String kind, LocalDate from) {
    }

    record Target(long id, String kind) {
    }

    private long nextId;
    private long lastId;

    private long id() {
        if (nextId >= lastId) {
            throw new IllegalStateException("reserved id block exhausted");
        }
        return nextId++;
    }

    /**
     * Generates beneath the given communes (codes of units open today) and loads everything in one
     * transaction. {@code rootCode} requires the two campaigns (the root of the communes' tree, TW).
     */
    public Result generate(Scale scale, long seed, String rootCode, List<String> communeCodes, Path workDir) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Commune> communes = communes(communeCodes);
        Map<String, Object> root = jdbc.sql("""
                select u.id, s.path, s.depth from org_unit u join org_unit_state s on s.unit_id = u.id and s.valid_to is null
                where u.code = ?""").param(rootCode).query().singleRow();
        long rootId = ((Number) root.get("id")).longValue();
        String rootPath = (String) root.get("path");
        int rootDepth = ((Number) root.get("depth")).intValue();
        Map<String, String> typeNames = new HashMap<>();
        jdbc.sql("select code, name from doc_abbreviation where kind = 'TYPE'")
                .query(rs -> {
                    typeNames.put(rs.getString(1), rs.getString(2));
                });

        long reserve = (long) scale.members * 8 + 2_000_000L;
        nextId = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
        lastId = nextId + reserve;
        jdbc.sql("select setval('org_seq', ?)").param(lastId).query(Long.class).single();

        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CopyFile units = new CopyFile(workDir, "org_unit", "id, code, valid_from");
        CopyFile states = new CopyFile(workDir, "org_unit_state",
                "id, unit_id, valid_from, name, name_folded, kind, parent_id, path, depth");
        CopyFile members = new CopyFile(workDir, "member", """
                id, card_number, full_name, name_folded, sort_key, gender, birth_date, admission_date, official_date,
                status, created_at, updated_at""");
        CopyFile assignments = new CopyFile(workDir, "member_assignment",
                "id, member_id, unit_id, valid_from, valid_to, reason, restructuring_id, provisional, note");
        CopyFile statuses = new CopyFile(workDir, "member_status_change",
                "id, member_id, status, effective_date, note, recorded_at, recorded_by");
        CopyFile documents = new CopyFile(workDir, "document", """
                id, number, type_code, issuer_code, number_text, issuer_unit_id, term_label, issued_on, title, signer,
                confidential, body, status, search_head, search_text, created_at, created_by""");
        CopyFile relations = new CopyFile(workDir, "document_relation",
                "id, from_document_id, to_document_id, kind, created_at");
        CopyFile campaigns = new CopyFile(workDir, "campaign", """
                id, title, source_document_id, requiring_unit_id, depth, deliverable, due_on, opened_on, remind_days,
                created_at, created_by""");
        CopyFile obligations = new CopyFile(workDir, "obligation", """
                id, campaign_id, unit_id, due_on, state, fulfilled_on, evidence_document_id, exempt_reason, updated_at,
                updated_by""");
        List<CopyFile> files = List.of(units, states, members, assignments, statuses, documents, relations, campaigns,
                obligations);

        // members per commune: the scale's total, spread with weights 0.5..1.5
        double[] weights = new double[communes.size()];
        double sum = 0;
        for (int i = 0; i < communes.size(); i++) {
            weights[i] = 0.5 + random(seed, communes.get(i).code(), 1).nextDouble();
            sum += weights[i];
        }
        List<Grassroots> grassroots = new ArrayList<>();
        long[] memberCount = new long[1];
        for (int i = 0; i < communes.size(); i++) {
            Commune c = communes.get(i);
            int n = (int) Math.round(scale.members * weights[i] / sum);
            generateCommune(c, n, random(seed, c.code(), 2), today, now, units, states, members, assignments, statuses,
                    grassroots, memberCount);
        }
        log.info("Dataset: {} communes, {} grassroots organizations, {} members generated", communes.size(),
                grassroots.size(), memberCount[0]);

        // documents and campaigns
        Documents docs = new Documents(documents, relations, typeNames, now);
        SplittableRandom r = random(seed, "documents", 3);
        long plan60 = docs.add(rootId, "NQ", "TW", LocalDate.of(2025, 4, 12),
                "Nghị quyết Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII về sắp xếp tổ chức bộ máy, "
                        + "đơn vị hành chính", r, 60, false);
        long kl21 = docs.add(rootId, "KL", "TW", LocalDate.of(2021, 10, 25),
                "Kết luận của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn "
                        + "Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái "
                        + "về tư tưởng chính trị, đạo đức, lối sống, biểu hiện \"tự diễn biến\", \"tự chuyển hóa\"", r, 21, false);
        List<Target> targets = new ArrayList<>();
        jdbc.sql("""
                select s.unit_id, s.kind from org_unit_state s where s.path like ? and s.depth between ? and ?
                  and s.valid_from <= ? and (s.valid_to is null or s.valid_to > ?) order by s.path""")
                .params(rootPath + "%", rootDepth + 1, rootDepth + 2, LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 15))
                .query(rs -> {
                    targets.add(new Target(rs.getLong(1), rs.getString(2)));
                });
        for (Grassroots g : grassroots) {
            if (!g.from().isAfter(LocalDate.of(2025, 7, 15))) {
                targets.add(new Target(g.id(), g.kind()));
            }
        }
        campaign(campaigns, obligations, docs, r, now, rootId, plan60, "PLAN",
                "Xây dựng kế hoạch thực hiện Nghị quyết 60-NQ/TW", LocalDate.of(2025, 7, 15), LocalDate.of(2025, 9, 30),
                targets, "KH", "Kế hoạch thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng");
        campaign(campaigns, obligations, docs, r, now, rootId, kl21, "REPORT",
                "Báo cáo kết quả thực hiện Kết luận 21-KL/TW", LocalDate.of(2025, 8, 1), LocalDate.of(2025, 10, 31),
                targets, "BC", "Báo cáo kết quả 4 năm thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng");
        // the rest of the documents: provinces (2020–), the old communes (before the reform), communes and
        // grassroots committees (after it)
        List<Long> provinces = targets.stream().filter(t -> t.kind().equals("PROVINCIAL")).map(Target::id).toList();
        List<PreUnit> old = communes.stream().flatMap(c -> c.before().stream()).distinct().toList();
        List<Grassroots> issuers = new ArrayList<>();
        for (Commune c : communes) {
            issuers.add(new Grassroots(c.id(), "DIRECTLY_UNDER", c.from()));
        }
        grassroots.stream().filter(g -> g.kind().equals("GRASSROOTS_COMMITTEE")).forEach(issuers::add);
        long extra = Math.max(0, scale.documents - documents.rows);
        for (long i = 0; i < extra; i++) {
            int pick = r.nextInt(10);
            if (pick < 2 && !provinces.isEmpty() || old.isEmpty() && issuers.isEmpty()) {
                long p = provinces.get(r.nextInt(provinces.size()));
                docs.random(p, "TU", date(r, HISTORY_START, today), r);
            } else if (pick < 6 && !old.isEmpty()) {
                PreUnit u = old.get(r.nextInt(old.size()));
                docs.random(u.id(), "ĐU", date(r, u.from(), u.to().minusDays(1)), r);
            } else if (!issuers.isEmpty()) {
                Grassroots g = issuers.get(r.nextInt(issuers.size()));
                docs.random(g.id(), "ĐU", date(r, g.from(), today), r);
            }
        }
        files.forEach(CopyFile::close);
        long generated = System.nanoTime();
        log.info("Dataset generated in {} ms; loading with COPY from {}", (generated - started) / 1_000_000, workDir);

        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> millis = new LinkedHashMap<>();
        long analyze;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // the maintained subtree counts (V4) are rebuilt once after the load instead of per COPY
            try (Statement st = connection.createStatement()) {
                st.execute("alter table org_unit_state disable trigger user");
                st.execute("alter table member_assignment disable trigger user");
            }
            for (CopyFile f : files) {
                long t = System.nanoTime();
                long copied = f.load(connection);
                long ms = (System.nanoTime() - t) / 1_000_000;
                rows.put(f.table, copied);
                millis.put(f.table, ms);
                log.info("Dataset: COPY {} — {} rows, {} MB, {} ms", f.table, copied, f.bytes() / 1_000_000, ms);
            }
            long rebuild = System.nanoTime();
            try (Statement st = connection.createStatement()) {
                st.execute("alter table org_unit_state enable trigger user");
                st.execute("alter table member_assignment enable trigger user");
                st.execute("select rebuild_subtree_delta()");
            }
            log.info("Dataset: subtree counts rebuilt in {} ms", (System.nanoTime() - rebuild) / 1_000_000);
            connection.commit();
            connection.setAutoCommit(true);
            long t = System.nanoTime();
            try (Statement st = connection.createStatement()) {
                st.execute("analyze");
            }
            analyze = (System.nanoTime() - t) / 1_000_000;
            log.info("Dataset: ANALYZE {} ms", analyze);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Dataset load failed: " + e.getMessage(), e);
        }
        for (CopyFile f : files) {
            try {
                Files.deleteIfExists(f.path);
            } catch (IOException e) {
                log.warn("Could not delete {}", f.path);
            }
        }
        long loaded = System.nanoTime();
        return new Result(rows, millis, (generated - started) / 1_000_000, (loaded - generated) / 1_000_000 - analyze,
                analyze);
    }

    private static SplittableRandom random(long seed, String key, int stream) {
        return new SplittableRandom(seed * 1_000_003L + key.hashCode() * 31L + stream);
    }

    static LocalDate date(SplittableRandom r, LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        return b <= a ? from : LocalDate.ofEpochDay(a + r.nextLong(b - a + 1));
    }

    private List<Commune> communes(List<String> codes) {
        List<Commune> out = new ArrayList<>();
        for (String code : codes) {
            Map<String, Object> row = jdbc.sql("""
                    select u.id, s.name, s.path, s.valid_from from org_unit u
                    join org_unit_state s on s.unit_id = u.id and s.valid_to is null where u.code = ?""")
                    .param(code).query().singleRow();
            long id = ((Number) row.get("id")).longValue();
            LocalDate from = ((java.sql.Date) row.get("valid_from")).toLocalDate();
            List<PreUnit> before = new ArrayList<>();
            Long[] restructuring = new Long[1];
            if (from.isAfter(HISTORY_START)) {
                // the old communes (committees on the day before) this one was formed from, itself included
                jdbc.sql("""
                        select c.unit_id, (select min(f.valid_from) from org_unit_state f where f.unit_id = c.unit_id),
                          (select max(l.restructuring_id) from org_unit_lineage l where l.successor_id = :id)
                        from (select :id as unit_id union select predecessor_id from org_unit_lineage where successor_id = :id) c
                        join org_unit_state ps on ps.unit_id = c.unit_id and ps.valid_from < :d
                          and (ps.valid_to is null or ps.valid_to >= :d)
                        where ps.kind = 'GRASSROOTS_COMMITTEE' order by c.unit_id""")
                        .param("id", id).param("d", from)
                        .query(rs -> {
                            LocalDate f = rs.getObject(2, LocalDate.class);
                            before.add(new PreUnit(rs.getLong(1), f.isBefore(HISTORY_START) ? HISTORY_START : f, from));
                            restructuring[0] = (Long) rs.getObject(3);
                        });
            }
            out.add(new Commune(id, code, (String) row.get("name"), (String) row.get("path"), from, before,
                    restructuring[0]));
        }
        return out;
    }

    private static final String[][] COMMITTEE_KINDS = {
            {"Đảng bộ thôn %s", "Chi bộ xóm %d"}, {"Đảng bộ tổ dân phố %s", "Chi bộ tổ %d"},
            {"Đảng bộ khu dân cư %s", "Chi bộ khối %d"},
            {"Đảng bộ Trường Trung học phổ thông %s", "Chi bộ giáo viên tổ %d"},
            {"Đảng bộ Trung tâm Y tế khu vực %s", "Chi bộ khoa %d"},
            {"Đảng bộ Công ty cổ phần %s", "Chi bộ phân xưởng %d"},
            {"Đảng bộ Hợp tác xã nông nghiệp %s", "Chi bộ đội sản xuất %d"}};
    private static final String[] CELL_KINDS = {"Chi bộ thôn %s", "Chi bộ ấp %s", "Chi bộ bản %s",
            "Chi bộ Trường Mầm non %s", "Chi bộ Trường Tiểu học %s", "Chi bộ Trường Trung học cơ sở %s",
            "Chi bộ Quỹ tín dụng nhân dân %s", "Chi bộ Doanh nghiệp tư nhân %s", "Chi bộ Bưu điện văn hóa %s"};

    private void generateCommune(Commune c, int memberTotal, SplittableRandom r, LocalDate today, OffsetDateTime now,
            CopyFile units, CopyFile states, CopyFile members, CopyFile assignments, CopyFile statuses,
            List<Grassroots> grassroots, long[] memberCount) {
        String place = c.name().startsWith("Đảng bộ ") ? c.name().substring("Đảng bộ ".length()) : c.name();
        int depth = c.path().split("/").length - 2;
        int count = Math.max(1, (int) Math.round(memberTotal / 100.0));
        List<Long> holding = new ArrayList<>();
        for (int g = 1; g <= count; g++) {
            long id = id();
            String code = c.code() + "-CS" + String.format("%03d", g);
            boolean committee = g > 2 && r.nextInt(100) < 47;
            String kind = committee ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL";
            String[] pair = committee ? COMMITTEE_KINDS[r.nextInt(COMMITTEE_KINDS.length)] : null;
            String name = g == 1 ? "Chi bộ Công an " + place
                    : g == 2 ? "Chi bộ Quân sự " + place
                    : committee ? pair[0].formatted(VietnameseNames.place(r))
                    : CELL_KINDS[r.nextInt(CELL_KINDS.length)].formatted(VietnameseNames.place(r));
            String path = c.path() + id + "/";
            unit(units, states, id, code, c.from(), name, kind, c.id(), path, depth + 1);
            grassroots.add(new Grassroots(id, kind, c.from()));
            if (committee) {
                int cells = 4 + r.nextInt(16);
                for (int k = 1; k <= cells; k++) {
                    long cellId = id();
                    unit(units, states, cellId, code + "-CB" + String.format("%02d", k), c.from(),
                            pair[1].formatted(k), "SUBORDINATE_CELL", id, path + cellId + "/", depth + 2);
                    holding.add(cellId);
                }
            } else {
                holding.add(id);
            }
        }
        double[] w = new double[holding.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.5 + r.nextDouble();
            total += w[i];
        }
        int made = 0;
        for (int i = 0; i < holding.size(); i++) {
            int n = i == holding.size() - 1 ? memberTotal - made : (int) Math.round(memberTotal * w[i] / total);
            n = Math.max(0, Math.min(n, memberTotal - made));
            for (int m = 0; m < n; m++) {
                member(c, holding.get(i), holding, r, today, now, members, assignments, statuses);
            }
            made += n;
        }
        memberCount[0] += made;
    }

    private void unit(CopyFile units, CopyFile states, long id, String code, LocalDate from, String name, String kind,
            long parentId, String path, int depth) {
        units.row(id, code, from);
        states.row(id(), id, from, name, VietnameseText.fold(name), kind, parentId, path, depth);
    }

    private static final int[] AGE_FROM = {20, 30, 40, 50, 60, 70};
    private static final int[] AGE_SHARE = {12, 25, 23, 18, 12, 10};

    /** One member with the history of cells and statuses. */
    private void member(Commune c, long cell, List<Long> cells, SplittableRandom r, LocalDate today, OffsetDateTime now,
            CopyFile members, CopyFile assignments, CopyFile statuses) {
        long id = id();
        boolean female = r.nextInt(100) < 36;
        String name = VietnameseNames.person(r, female, r.nextInt(100) < 12);
        int share = r.nextInt(100);
        int bucket = 0;
        int acc = AGE_SHARE[0];
        while (share >= acc && bucket < AGE_SHARE.length - 1) {
            bucket++;
            acc += AGE_SHARE[bucket];
        }
        int age = AGE_FROM[bucket] + r.nextInt(bucket == AGE_FROM.length - 1 ? 20 : 10);
        LocalDate birth = today.minusYears(age).minusDays(r.nextInt(365));
        LocalDate earliest = birth.plusYears(18);
        LocalDate latest = today.minusDays(10);
        LocalDate admission = date(r, earliest, earliest.plusYears(Math.min(age - 18, 25)));
        if (admission.isAfter(latest)) {
            admission = latest;
        }
        LocalDate official = admission.plusYears(1).plusDays(r.nextInt(30));
        if (official.isAfter(today)) {
            official = null;
        }
        // statuses over time: admitted (probationary), official, exempt (the elderly), or left the Party
        List<Object[]> history = new ArrayList<>();
        history.add(new Object[] {"PROBATIONARY", admission, "Kết nạp"});
        String status = "PROBATIONARY";
        if (official != null) {
            history.add(new Object[] {"OFFICIAL", official, "Công nhận đảng viên chính thức"});
            status = "OFFICIAL";
        }
        LocalDate start = admission.isBefore(HISTORY_START) ? HISTORY_START : admission;
        LocalDate leave = null;
        int fate = r.nextInt(1000);
        LocalDate last = official != null ? official : admission;
        if (last.isBefore(today.minusDays(60))) {
            String left = fate < 15 && age >= 60 ? "DECEASED" : fate >= 15 && fate < 27 ? "TRANSFERRED_OUT"
                    : fate >= 27 && fate < 30 ? "EXPELLED" : null;
            if (left != null) {
                leave = date(r, (start.isAfter(last) ? start : last).plusDays(31), today.minusDays(1));
                history.add(new Object[] {left, leave, switch (left) {
                    case "DECEASED" -> "Từ trần";
                    case "TRANSFERRED_OUT" -> "Chuyển sinh hoạt đảng chính thức ra ngoài đảng bộ";
                    default -> "Khai trừ ra khỏi Đảng (kỷ luật)";
                }});
                status = left;
            } else if (age >= 70 && fate < 200) {
                history.add(new Object[] {"EXEMPT", date(r, last.plusDays(1), today), "Miễn sinh hoạt đảng (tuổi cao)"});
                status = "EXEMPT";
            }
        }
        String card = official == null ? null : String.format("%010d", id);
        members.row(id, card, name, VietnameseText.fold(name), VietnameseSortKey.ofPersonName(name),
                female ? "FEMALE" : "MALE", birth, admission, official, status, now, now);
        for (Object[] h : history) {
            statuses.row(id(), id, h[0], h[1], h[2], now, ACTOR);
        }
        // cells over time: (unit, from, reason, restructuring)
        List<Object[]> spans = new ArrayList<>();
        LocalDate end = leave;
        if (start.isBefore(c.from()) && !c.before().isEmpty()) {
            PreUnit first = c.before().get(r.nextInt(c.before().size()));
            LocalDate from = start.isBefore(first.from()) ? first.from() : start;
            spans.add(new Object[] {first.id(), from, "IMPORT", null, null});
            if (c.before().size() > 1 && r.nextInt(100) < 6 && from.plusDays(1).isBefore(c.from().minusDays(1))) {
                PreUnit other = c.before().get(r.nextInt(c.before().size()));
                if (other.id() != first.id()) {
                    spans.add(new Object[] {other.id(), date(r, from.plusDays(1), c.from().minusDays(1)), "TRANSFER", null,
                            "Chuyển sinh hoạt trong huyện"});
                }
            }
            spans.add(new Object[] {cell, c.from(), "RESTRUCTURING", c.restructuringId(), null});
        } else {
            LocalDate from = start.isBefore(c.from()) ? c.from() : start;
            spans.add(new Object[] {cell, from, start.isAfter(c.from()) && admission.equals(start) ? "ADMISSION" : "IMPORT",
                    null, null});
        }
        // a transfer between cells of the commune
        LocalDate lastFrom = (LocalDate) spans.get(spans.size() - 1)[1];
        LocalDate limit = leave == null ? today.minusDays(1) : leave.minusDays(1);
        if (cells.size() > 1 && r.nextInt(100) < 7 && lastFrom.plusDays(1).isBefore(limit)) {
            long other = cells.get(r.nextInt(cells.size()));
            if (other != cell) {
                spans.add(new Object[] {other, date(r, lastFrom.plusDays(1), limit), "TRANSFER", null,
                        "Chuyển sinh hoạt trong xã"});
            }
        }
        // a member who left the Party keeps the cells up to the day of leaving
        if (end != null) {
            while (spans.size() > 1 && !((LocalDate) spans.get(spans.size() - 1)[1]).isBefore(end)) {
                spans.remove(spans.size() - 1);
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            Object[] s = spans.get(i);
            LocalDate from = (LocalDate) s[1];
            LocalDate to = i + 1 < spans.size() ? (LocalDate) spans.get(i + 1)[1] : end;
            if (to != null && !to.isAfter(from)) {
                to = from.plusDays(1);
            }
            assignments.row(id(), id, s[0], from, to, s[2], s[3], false, s[4]);
        }
    }

    private void campaign(CopyFile campaigns, CopyFile obligations, Documents docs, SplittableRandom r,
            OffsetDateTime now, long rootId, long sourceId, String deliverable, String title, LocalDate opened,
            LocalDate due, List<Target> targets, String evidenceType, String evidenceTitle) {
        long id = id();
        campaigns.row(id, title, sourceId, rootId, 3, deliverable, due, opened, 7, now, ACTOR);
        for (Target t : targets) {
            int p = r.nextInt(100);
            String state = p < 60 ? "DONE" : p < 62 ? "EXEMPT" : "OPEN";
            LocalDate fulfilled = null;
            Long evidence = null;
            if (state.equals("DONE")) {
                // three in four on time, the rest up to two months late
                fulfilled = p < 45 ? date(r, opened.plusDays(5), due) : date(r, due.plusDays(1), due.plusDays(60));
                String issuer = switch (t.kind()) {
                    case "PROVINCIAL" -> "TU";
                    case "GRASSROOTS_CELL" -> "CB";
                    default -> "ĐU";
                };
                evidence = docs.add(t.id(), evidenceType, issuer, fulfilled, evidenceTitle, r, 0, false);
                if (evidenceType.equals("KH")) {
                    docs.relate(evidence, sourceId);
                }
            }
            obligations.row(id(), id, t.id(), due, state, fulfilled, evidence,
                    state.equals("EXEMPT") ? "Đơn vị đang sắp xếp, kiện toàn tổ chức" : null,
                    state.equals("OPEN") ? null : now, state.equals("OPEN") ? null : ACTOR);
        }
    }

    private static final String[] PHRASES = {"xây dựng, chỉnh đốn Đảng", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng", "đổi mới nội dung sinh hoạt chi bộ",
            "công tác kiểm tra, giám sát và kỷ luật của Đảng", "trách nhiệm nêu gương của cán bộ, đảng viên",
            "ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống",
            "những biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" trong nội bộ", "công tác phát triển đảng viên",
            "tiếp công dân và đối thoại trực tiếp với Nhân dân", "phòng, chống tham nhũng, lãng phí, tiêu cực",
            "sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả", "chính quyền địa phương hai cấp",
            "chuyển đổi số trong các cơ quan đảng", "đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm",
            "công tác dân vận, củng cố khối đại đoàn kết toàn dân tộc", "phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh",
            "xây dựng nông thôn mới nâng cao", "bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái"};
    private static final String[] OPENINGS = {"Thực hiện", "Căn cứ", "Nhằm triển khai", "Để tiếp tục quán triệt"};
    private static final String[] RANDOM_TYPES = {"NQ", "KH", "BC", "TB", "CV", "HD", "KH", "BC"};
    private static final Map<String, String> TITLE_OF = Map.of("NQ", "Nghị quyết về", "KH", "Kế hoạch", "BC",
            "Báo cáo kết quả", "TB", "Thông báo kết luận của Ban Thường vụ về", "CV", "Công văn về việc", "HD",
            "Hướng dẫn", "CT", "Chỉ thị về tăng cường");

    /** Documents with numbers per issuer series and search keys folded as the register folds them. */
    private final class Documents {
        final CopyFile out;
        final CopyFile relations;
        final Map<String, String> typeNames;
        final OffsetDateTime now;
        final Map<String, Integer> numbers = new HashMap<>();

        Documents(CopyFile out, CopyFile relations, Map<String, String> typeNames, OffsetDateTime now) {
            this.out = out;
            this.relations = relations;
            this.typeNames = typeNames;
            this.now = now;
        }

        long add(long issuerId, String type, String issuer, LocalDate issuedOn, String title, SplittableRandom r,
                int fixedNumber, boolean confidential) {
            long id = id();
            int number = fixedNumber > 0 ? fixedNumber
                    : numbers.merge(issuerId + "|" + type + "|" + issuer, 1, Integer::sum) + 100;
            String numberText = String.format(java.util.Locale.ROOT, "%02d-%s/%s", number, type, issuer);
            StringBuilder body = new StringBuilder(1200);
            body.append(OPENINGS[r.nextInt(OPENINGS.length)]).append(' ').append(title.toLowerCase(java.util.Locale.ROOT))
                    .append(". ");
            int sentences = 6 + r.nextInt(8);
            for (int s = 0; s < sentences; s++) {
                body.append(s % 3 == 0 ? "Tập trung lãnh đạo, chỉ đạo " : s % 3 == 1 ? "Tiếp tục đẩy mạnh " : "Quan tâm ")
                        .append(PHRASES[r.nextInt(PHRASES.length)]).append(" gắn với ")
                        .append(PHRASES[r.nextInt(PHRASES.length)]).append("; ")
                        .append(PHRASES[r.nextInt(PHRASES.length)]).append(". ");
            }
            String text = body.toString();
            String head = VietnameseText.fold(numberText + " " + typeNames.getOrDefault(type, "") + " " + title);
            out.row(id, number, type, issuer, numberText, issuerId, "—", issuedOn, title, null, confidential, text,
                    "IN_FORCE", head, VietnameseText.fold(text), now, ACTOR);
            return id;
        }

        void random(long issuerId, String issuer, LocalDate issuedOn, SplittableRandom r) {
            String type = RANDOM_TYPES[r.nextInt(RANDOM_TYPES.length)];
            String topic = PHRASES[r.nextInt(PHRASES.length)];
            String title = TITLE_OF.get(type) + " " + topic + (type.equals("BC") ? " năm " + issuedOn.getYear() : "");
            add(issuerId, type, issuer, issuedOn, title, r, 0, r.nextInt(100) < 5);
        }

        void relate(long from, long to) {
            relations.row(id(), from, to, "IMPLEMENTS", now);
        }
    }
}
