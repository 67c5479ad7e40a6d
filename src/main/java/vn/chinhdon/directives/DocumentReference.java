package vn.chinhdon.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.shared.VietnameseText;

/**
 * The abbreviations of document types and issuers (reference data, editable by administrators) and the
 * number parser built from them. The parser is rebuilt after every edit.
 */
@Component
public class DocumentReference {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final AtomicReference<DocumentNumberParser> parser = new AtomicReference<>();

    DocumentReference(JdbcClient jdbc, AccessControl access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** One abbreviation of the reference data. */
    public record Entry(String kind, String code, String name, boolean confirmed, boolean active, long version) {
    }

    public DocumentNumberParser parser() {
        DocumentNumberParser p = parser.get();
        if (p == null) {
            p = build();
            parser.set(p);
        }
        return p;
    }

    private DocumentNumberParser build() {
        List<Abbreviation> types = new ArrayList<>();
        List<Abbreviation> bodies = new ArrayList<>();
        List<Abbreviation> levels = new ArrayList<>();
        List<Abbreviation> wholes = new ArrayList<>();
        jdbc.sql("select kind, code, name from doc_abbreviation where active order by kind, code").query(rs -> {
            Abbreviation a = new Abbreviation(rs.getString(2), rs.getString(3));
            switch (rs.getString(1)) {
                case "TYPE" -> types.add(a);
                case "BODY" -> bodies.add(a);
                case "LEVEL" -> levels.add(a);
                default -> wholes.add(a);
            }
        });
        return new DocumentNumberParser(types, bodies, levels, wholes);
    }

    @Transactional(readOnly = true)
    public List<Entry> entries() {
        return jdbc.sql("select kind, code, name, confirmed, active, version from doc_abbreviation order by kind, code")
                .query((rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getLong(6)))
                .list();
    }

    /** Adds or edits an abbreviation (administrators). Marks it confirmed: an administrator checked it. */
    @Transactional
    public Entry save(String kind, String code, String name, boolean active, Long version) {
        access.requireAdmin();
        String k = kind == null ? "" : kind.trim().toUpperCase(java.util.Locale.ROOT);
        String c = VietnameseText.clean(code);
        String n = VietnameseText.clean(name);
        List<ValidationException.Problem> problems = new ArrayList<>();
        if (!List.of("TYPE", "WHOLE", "BODY", "LEVEL").contains(k)) {
            problems.add(ValidationException.Problem.field("kind", "error.docref.kind", kind));
        }
        if (c == null || !c.matches("\\p{L}{1,16}")) {
            problems.add(ValidationException.Problem.field("code", "error.docref.code", code));
        }
        if (n == null || n.isEmpty()) {
            problems.add(ValidationException.Problem.field("name", "error.required.named", "name"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int n1;
        if (version == null) {
            n1 = jdbc.sql("""
                    insert into doc_abbreviation (kind, code, name, confirmed, active) values (?, ?, ?, true, ?)
                    on conflict do nothing""").params(k, c, n, active).update();
        } else {
            n1 = jdbc.sql("""
                    update doc_abbreviation set name = ?, active = ?, confirmed = true, version = version + 1
                    where kind = ? and code = ? and version = ?""").params(n, active, k, c, version).update();
        }
        if (n1 == 0) {
            throw new ConflictException(version == null ? "error.docref.exists" : "error.stale");
        }
        try {
            build();
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("code", "error.docref.clash", c);
        }
        audit.record("DOCREF_SAVED", "DOC_ABBREVIATION", k + ":" + c, null, k + " " + c + " = " + n, null);
        parser.set(null);
        return entries().stream().filter(e -> e.kind().equals(k) && e.code().equals(c)).findFirst().orElseThrow();
    }
}
