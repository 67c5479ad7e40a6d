package vn.chinhdon.conduct;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.EnumValues;
import vn.chinhdon.shared.VietnameseText;

/**
 * The catalogue of the 27 expressions of degradation (Nghị quyết 04-NQ/TW: 3 groups of 9, codes G1.1 … G3.9) in
 * versions: version 1 is the wording assembled from public quotations (Flyway); an administrator loads the official
 * wording, or a later document's, as a new version, all or nothing, and the earlier versions stay readable. The
 * version in force on a date is the latest whose effective date is not after it. Every signed-in user reads it; other
 * modules check the codes they are given with {@link #codes} (the codes are the same in every version).
 */
@Service
public class DegradationCatalogue {

    /** The 27 codes in catalogue order. */
    public static final List<String> CODES = IntStream.rangeClosed(1, 3).boxed()
            .flatMap(g -> IntStream.rangeClosed(1, 9).mapToObj(i -> "G" + g + "." + i)).toList();

    private static final Pattern CODE = Pattern.compile("G[1-3]\\.[1-9]");
    static final int MAX_TEXT = 4000;
    static final int MAX_LABEL = 200;
    static final int MAX_SOURCE = 1000;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    DegradationCatalogue(JdbcClient jdbc, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the text is one of the 27 codes (exactly, e.g. {@code G2.5}). */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * The codes given, trimmed and upper-cased, without duplicates, in catalogue order; each one that is not among
     * G1.1 … G3.9 adds a problem of the field (for a caller that reports every problem at once).
     */
    public List<String> codes(Collection<String> codes, String field, List<Problem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        if (codes != null) {
            for (String c : codes) {
                if (c == null || c.isBlank()) {
                    continue;
                }
                String code = c.trim().toUpperCase(Locale.ROOT);
                if (!isCode(code)) {
                    problems.add(Problem.field(field, "error.conduct.code", c.trim()));
                } else {
                    seen.add(code);
                }
            }
        }
        return CODES.stream().filter(seen::contains).toList();
    }

    /** The same, refusing the whole list (422) when a code is not one of the 27. */
    public List<String> requireCodes(Collection<String> codes, String field) {
        List<Problem> problems = new ArrayList<>();
        List<String> out = codes(codes, field, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return out;
    }

    /** The version in force today. */
    @Transactional(readOnly = true)
    public CatalogueView current() {
        return inForce(LocalDate.now(clock));
    }

    /** The version in force on the date (the first version for a date before every version). */
    @Transactional(readOnly = true)
    public CatalogueView inForce(LocalDate on) {
        long id = versionIdOn(on == null ? LocalDate.now(clock) : on);
        return read(id);
    }

    /** The id of the version in force on the date. */
    long versionIdOn(LocalDate on) {
        return jdbc.sql("""
                select id from degradation_catalogue
                order by (effective_from <= ?) desc, case when effective_from <= ? then effective_from end desc,
                  effective_from, number desc limit 1""")
                .params(on, on).query(Long.class).single();
    }

    /** One version by its number (1, 2, …). */
    @Transactional(readOnly = true)
    public CatalogueView version(int number) {
        Long id = jdbc.sql("select id from degradation_catalogue where number = ?").param(number).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("error.conduct.versionNotFound", number));
        return read(id);
    }

    /** Every version, the latest loaded first. */
    @Transactional(readOnly = true)
    public List<CatalogueVersionLine> versions() {
        long inForce = versionIdOn(LocalDate.now(clock));
        return jdbc.sql("""
                select c.id, c.number, c.name, c.document, c.effective_from,
                  count(*) filter (where e.status = 'VERBATIM'), count(*) filter (where e.status = 'SUMMARY'),
                  count(*) filter (where e.status = 'LABEL'), c.created_by
                from degradation_catalogue c join degradation_catalogue_entry e on e.catalogue_id = c.id
                group by c.id order by c.number desc""")
                .query((rs, i) -> new CatalogueVersionLine(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(1) == inForce, rs.getString(9)))
                .list();
    }

    /** The short labels of the version in force on the date, by code (for lists and chips). */
    @Transactional(readOnly = true)
    public Map<String, String> labels(LocalDate on) {
        Map<String, String> out = new LinkedHashMap<>();
        inForce(on).entries().forEach(e -> out.put(e.code(), e.label()));
        return out;
    }

    private CatalogueView read(long id) {
        long inForce = versionIdOn(LocalDate.now(clock));
        List<CatalogueEntry> entries = jdbc.sql("""
                select code, group_no, ordinal, label, text, status, source from degradation_catalogue_entry
                where catalogue_id = ? order by group_no, ordinal""")
                .param(id)
                .query((rs, i) -> new CatalogueEntry(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), EntryStatus.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
        return jdbc.sql("select id, number, name, document, effective_from, note from degradation_catalogue where id = ?")
                .param(id)
                .query((rs, i) -> new CatalogueView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), id == inForce, entries))
                .single();
    }

    /**
     * Loads a new version (administrators only): all or nothing, every problem reported at once — each bad entry
     * by its row (1-based) and field: a missing code, a code outside G1.1 … G3.9, a code given twice, an empty text,
     * an unknown status, a text too long — and every code of the 27 that is missing.
     */
    @Transactional
    public CatalogueView load(NewCatalogueVersion v) {
        access.requireAdmin();
        List<Problem> problems = new ArrayList<>();
        String name = Inputs.text(v.name(), "name", 200, true, problems);
        String document = Inputs.text(v.document(), "document", 60, true, problems);
        String note = Inputs.text(v.note(), "note", 2000, false, problems);
        if (v.effectiveFrom() == null) {
            problems.add(Problem.field("effectiveFrom", "error.required.named", "effectiveFrom"));
        }
        if (name != null && jdbc.sql("select count(*) from degradation_catalogue where lower(name) = lower(?)")
                .param(name).query(Long.class).single() > 0) {
            problems.add(Problem.field("name", "error.conduct.versionExists", name));
        }
        List<NewCatalogueVersion.Entry> rows = v.entries() == null ? List.of() : v.entries();
        if (rows.isEmpty()) {
            problems.add(Problem.field("entries", "error.conduct.entriesRequired", String.valueOf(CODES.size())));
        }
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, Object[]> accepted = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            String f = "entries[" + i + "].";
            NewCatalogueVersion.Entry e = rows.get(i);
            if (e == null) {
                problems.add(Problem.row(row, f + "code", "error.conduct.entryCodeRequired"));
                continue;
            }
            String code = e.code() == null ? "" : e.code().trim().toUpperCase(Locale.ROOT);
            boolean codeOk = false;
            if (code.isEmpty()) {
                problems.add(Problem.row(row, f + "code", "error.conduct.entryCodeRequired"));
            } else if (!isCode(code)) {
                problems.add(Problem.row(row, f + "code", "error.conduct.entryCodeUnknown", e.code().trim()));
            } else if (firstRow.containsKey(code)) {
                problems.add(Problem.row(row, f + "code", "error.conduct.entryCodeDuplicate", code,
                        String.valueOf(firstRow.get(code))));
            } else {
                firstRow.put(code, row);
                codeOk = true;
            }
            String t = VietnameseText.clean(e.text());
            if (t == null || t.isEmpty()) {
                problems.add(Problem.row(row, f + "text", "error.conduct.entryTextRequired"));
            } else if (t.length() > MAX_TEXT) {
                problems.add(Problem.row(row, f + "text", "error.text.tooLong", String.valueOf(MAX_TEXT)));
            }
            String label = VietnameseText.clean(e.label());
            if (label != null && label.length() > MAX_LABEL) {
                problems.add(Problem.row(row, f + "label", "error.text.tooLong", String.valueOf(MAX_LABEL)));
            }
            String source = VietnameseText.clean(e.source());
            if (source != null && source.length() > MAX_SOURCE) {
                problems.add(Problem.row(row, f + "source", "error.text.tooLong", String.valueOf(MAX_SOURCE)));
            }
            EntryStatus status = e.status() == null || e.status().isBlank() ? EntryStatus.VERBATIM
                    : EnumValues.parse(EntryStatus.class, e.status());
            if (status == null) {
                problems.add(Problem.row(row, f + "status", "error.conduct.entryStatus", e.status().trim()));
            }
            if (codeOk) {
                accepted.put(code, new Object[] {label == null || label.isEmpty() ? null : label, t, status,
                        source == null || source.isEmpty() ? null : source});
            }
        }
        for (String code : CODES) {
            if (!firstRow.containsKey(code) && !rows.isEmpty()) {
                problems.add(Problem.field("entries", "error.conduct.entryMissing", code));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<String, String> previousLabels = labels(v.effectiveFrom());
        long id = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from degradation_catalogue").query(Integer.class).single();
        CurrentUser me = CurrentUser.require();
        jdbc.sql("""
                insert into degradation_catalogue (id, number, name, document, effective_from, note, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, number, name, document, v.effectiveFrom(), note, OffsetDateTime.now(clock), me.getUsername())
                .update();
        for (var e : accepted.entrySet()) {
            Object[] a = e.getValue();
            String code = e.getKey();
            String label = a[0] != null ? (String) a[0] : previousLabels.getOrDefault(code, abbreviate((String) a[1]));
            jdbc.sql("""
                    insert into degradation_catalogue_entry (catalogue_id, code, group_no, ordinal, label, text, status, source)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, code, code.charAt(1) - '0', code.charAt(3) - '0', label, a[1], ((EntryStatus) a[2]).name(),
                            a[3])
                    .update();
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("number", number);
        changes.put("document", document);
        changes.put("effectiveFrom", v.effectiveFrom().toString());
        audit.record("DEGRADATION_CATALOGUE_LOADED", "DEGRADATION_CATALOGUE", id, null,
                "Nạp danh mục 27 biểu hiện suy thoái, phiên bản " + number + ": " + name, changes);
        return read(id);
    }

    /** A label made of the text's beginning: up to the first semicolon or full stop, at most 80 characters. */
    static String abbreviate(String text) {
        String t = text.split("[;.:]", 2)[0].trim();
        if (t.length() <= 80) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 79);
        return t.substring(0, cut > 20 ? cut : 79) + "…";
    }

}
