package vn.chinhdon.directives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.PageResult;
import vn.chinhdon.shared.VietnameseText;

/**
 * The register of Party documents: numbers parsed and checked against their series, relations, the tree
 * of documents implementing a document, and full-text search — all within the caller's grants.
 *
 * <p>Who sees a document: the staff of the issuing unit's subtree (and of its successors), and everybody
 * under the issuing unit (a central resolution concerns every province) unless it is confidential;
 * confidential content only for roles allowed to read it in the issuer's subtree. Administrators see
 * that a confidential document exists, not its text.
 */
@Service
public class DocumentRegister {

    /** Used when the issuing unit has no committee term on record for the date. */
    public static final String NO_TERM = "—";

    private final JdbcClient jdbc;
    private final DocumentReference reference;
    private final OrganizationManagement organization;
    private final CommitteeManagement committees;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    DocumentRegister(JdbcClient jdbc, DocumentReference reference, OrganizationManagement organization,
            CommitteeManagement committees, AccessControl access, AuditLog audit, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.reference = reference;
        this.organization = organization;
        this.committees = committees;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A parsed number with the names of its type and issuer. */
    public record ParsedNumber(int number, String typeCode, String typeName, String issuerCode, String issuerName) {
    }

    /** Parses a Party document number; anything else is a 422 with the reason. */
    public ParsedNumber parseNumber(String value) {
        ParseResult result = reference.parser().parse(value);
        if (result instanceof ParseResult.Parsed p) {
            return new ParsedNumber(p.number().number(), p.number().typeCode(), p.typeName(), p.number().issuerCode(),
                    p.issuerName());
        }
        ParseResult.Rejected r = (ParseResult.Rejected) result;
        throw ValidationException.of("number", r.reason().messageKey(), r.detail(), value == null ? "" : value);
    }

    /** The SQL condition (on table alias d) for documents the caller may see, and its parameters. */
    private Visibility visibility() {
        AccessControl.PathFilter read = access.coverage(Permission.READ_UNITS, "s.path");
        AccessControl.PathFilter confidential = access.coverage(Permission.READ_CONFIDENTIAL, "s.path");
        List<Long> above = access.ancestorsOfGrants();
        Map<String, Object> params = new HashMap<>();
        String sql = """
                ((not d.confidential and (d.issuer_unit_id in (:above)
                   or exists (select 1 from org_unit_state s where s.unit_id = d.issuer_unit_id and %s)))
                 or (d.confidential and exists (select 1 from org_unit_state s where s.unit_id = d.issuer_unit_id and %s))
                 or (d.confidential and :admin))"""
                .formatted(read.named("r", params), confidential.named("c", params));
        params.put("above", above.isEmpty() ? List.of(-1L) : above);
        params.put("admin", access.scope().admin());
        return new Visibility(sql, params);
    }

    private record Visibility(String sql, Map<String, Object> params) {
    }

    private boolean mayReadContent(long issuerUnitId, boolean confidential) {
        return !confidential || access.allows(issuerUnitId, Permission.READ_CONFIDENTIAL)
                && !(access.scope().admin() && !access.scope().user().isSystem()
                        && !hasNonAdminConfidentialGrant(issuerUnitId));
    }

    private boolean hasNonAdminConfidentialGrant(long issuerUnitId) {
        return access.grantedExplicitly(issuerUnitId, Permission.READ_CONFIDENTIAL);
    }

    /** Registers a document issued by a unit the caller manages documents for. */
    @Transactional
    public DocumentView register(NewDocument doc) {
        List<Problem> problems = new ArrayList<>();
        ParseResult parsed = reference.parser().parse(doc.number());
        DocumentNumber number = null;
        String typeName = null;
        if (parsed instanceof ParseResult.Rejected r) {
            problems.add(Problem.field("number", r.reason().messageKey(), r.detail(), doc.number() == null ? "" : doc.number()));
        } else {
            number = ((ParseResult.Parsed) parsed).number();
            typeName = ((ParseResult.Parsed) parsed).typeName();
        }
        OrgUnitView issuer = null;
        if (doc.issuerUnitCode() == null || doc.issuerUnitCode().isBlank()) {
            problems.add(Problem.field("issuerUnitCode", "error.required.named", "issuerUnitCode"));
        } else {
            issuer = organization.unit(doc.issuerUnitCode(), doc.issuedOn());
            access.require(issuer.id(), Permission.MANAGE_DOCUMENTS);
        }
        if (doc.issuedOn() == null) {
            problems.add(Problem.field("issuedOn", "error.required.named", "issuedOn"));
        } else if (doc.issuedOn().isAfter(LocalDate.now(clock))) {
            problems.add(Problem.field("issuedOn", "error.date.future", doc.issuedOn()));
        } else if (issuer != null && !issuer.active()) {
            problems.add(Problem.field("issuedOn", "error.document.issuerNotActive", issuer.code(), doc.issuedOn()));
        }
        String title = VietnameseText.clean(doc.title());
        if (title == null || title.isEmpty()) {
            problems.add(Problem.field("title", "error.required.named", "title"));
        }
        String term = NO_TERM;
        if (issuer != null && doc.issuedOn() != null) {
            term = committees.termOn(issuer.code(), doc.issuedOn()).map(t -> t.label()).orElse(NO_TERM);
        }
        if (number != null && issuer != null && jdbc.sql("""
                select count(*) from document where issuer_unit_id = ? and issuer_code = ? and type_code = ?
                  and term_label = ? and number = ?""")
                .params(issuer.id(), number.issuerCode(), number.typeCode(), term, number.number())
                .query(Long.class).single() > 0) {
            problems.add(Problem.field("number", "error.document.duplicate", number.canonical(), term));
        }
        List<Long> implementsIds = doc.implementsIds() == null ? List.of() : doc.implementsIds();
        for (Long target : implementsIds) {
            if (target == null || !visible(target)) {
                problems.add(Problem.field("implementsIds", "error.document.notFound", String.valueOf(target)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
        String body = doc.body() == null ? null : VietnameseText.nfc(doc.body());
        jdbc.sql("""
                insert into document (id, number, type_code, issuer_code, number_text, issuer_unit_id, term_label, issued_on,
                  title, signer, confidential, body, search_head, search_text, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, number.number(), number.typeCode(), number.issuerCode(), number.canonical(), issuer.id(), term,
                        doc.issuedOn(), title, VietnameseText.clean(doc.signer()), doc.confidential(), body,
                        searchHead(number.canonical(), typeName, title), searchText(body), OffsetDateTime.now(clock),
                        CurrentUser.require().getUsername())
                .update();
        for (Long target : implementsIds) {
            insertRelation(id, target, RelationKind.IMPLEMENTS);
        }
        audit.record("DOCUMENT_REGISTERED", "DOCUMENT", id, issuer.id(), number.canonical() + " " + title,
                Map.of("number", number.canonical(), "term", term, "implements", implementsIds));
        events.publishEvent(new DocumentRegistered(id, issuer.id(), doc.issuedOn(), List.copyOf(implementsIds)));
        return document(id);
    }

    static String searchHead(String number, String typeName, String title) {
        return VietnameseText.fold(number + " " + (typeName == null ? "" : typeName) + " " + title);
    }

    static String searchText(String body) {
        return body == null ? "" : VietnameseText.fold(body);
    }

    private void insertRelation(long from, long to, RelationKind kind) {
        jdbc.sql("""
                insert into document_relation (id, from_document_id, to_document_id, kind, created_at)
                values (nextval('org_seq'), ?, ?, ?, ?) on conflict do nothing""")
                .params(from, to, kind.name(), OffsetDateTime.now(clock)).update();
    }

    boolean visible(long documentId) {
        Visibility v = visibility();
        var spec = jdbc.sql("select count(*) from document d where d.id = :id and " + v.sql()).param("id", documentId);
        for (var e : v.params().entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query(Long.class).single() > 0;
    }

    /** A document with its relations and attachments. */
    @Transactional(readOnly = true)
    public DocumentView document(long id) {
        if (!visible(id)) {
            throw new NotFoundException("error.document.notFound", id);
        }
        Map<String, Object> row = jdbc.sql("""
                select d.*, u.code as unit_code,
                  (select name from org_unit_state s where s.unit_id = d.issuer_unit_id and s.valid_from <= d.issued_on
                     order by s.valid_from desc limit 1) as unit_name
                from document d join org_unit u on u.id = d.issuer_unit_id where d.id = ?""")
                .param(id).query().singleRow();
        long issuerUnitId = ((Number) row.get("issuer_unit_id")).longValue();
        boolean confidential = (Boolean) row.get("confidential");
        String number = (String) row.get("number_text");
        ParseResult parsed = reference.parser().parse(number);
        String typeName = parsed instanceof ParseResult.Parsed p ? p.typeName() : (String) row.get("type_code");
        String issuerName = parsed instanceof ParseResult.Parsed p ? p.issuerName() : (String) row.get("issuer_code");
        List<DocumentView.Link> links = new ArrayList<>();
        jdbc.sql("""
                select r.kind, 'OUT' as dir, o.id, o.number_text, o.title from document_relation r
                  join document o on o.id = r.to_document_id where r.from_document_id = :id
                union all
                select r.kind, 'IN', o.id, o.number_text, o.title from document_relation r
                  join document o on o.id = r.from_document_id where r.to_document_id = :id
                order by 1, 4""")
                .param("id", id)
                .query(rs -> {
                    long other = rs.getLong(3);
                    if (visible(other)) {
                        links.add(new DocumentView.Link(RelationKind.valueOf(rs.getString(1)), rs.getString(2), other,
                                rs.getString(4), rs.getString(5)));
                    }
                });
        boolean content = mayReadContent(issuerUnitId, confidential);
        List<DocumentView.Attachment> attachments = content ? jdbc.sql("""
                select id, filename, content_type, size_bytes from document_attachment where document_id = ? order by id""")
                .param(id)
                .query((rs, i) -> new DocumentView.Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list() : List.of();
        return new DocumentView(id, number, ((Number) row.get("number")).intValue(), (String) row.get("type_code"), typeName,
                (String) row.get("issuer_code"), issuerName, (String) row.get("unit_code"), (String) row.get("unit_name"),
                (String) row.get("term_label"), ((java.sql.Date) row.get("issued_on")).toLocalDate(),
                (String) row.get("title"), (String) row.get("signer"), confidential,
                content ? (String) row.get("body") : null, DocumentStatus.valueOf((String) row.get("status")), links,
                attachments, ((Number) row.get("version")).longValue());
    }

    /** Links two documents; REPLACES and AMENDS also change the status of the older one. */
    @Transactional
    public DocumentView relate(long fromId, long toId, String kindValue) {
        RelationKind kind = vn.chinhdon.shared.EnumValues.parse(RelationKind.class, kindValue);
        if (kind == null) {
            throw ValidationException.of("kind", "error.document.relationKind", String.valueOf(kindValue));
        }
        if (!visible(fromId)) {
            throw new NotFoundException("error.document.notFound", fromId);
        }
        if (!visible(toId)) {
            throw ValidationException.of("toId", "error.document.notFound", String.valueOf(toId));
        }
        if (fromId == toId) {
            throw ValidationException.of("toId", "error.document.selfRelation");
        }
        long issuer = jdbc.sql("select issuer_unit_id from document where id = ?").param(fromId).query(Long.class).single();
        access.require(issuer, Permission.MANAGE_DOCUMENTS);
        if (kind == RelationKind.IMPLEMENTS && reaches(toId, fromId)) {
            throw ValidationException.of("toId", "error.document.relationCycle");
        }
        insertRelation(fromId, toId, kind);
        if (kind == RelationKind.REPLACES || kind == RelationKind.AMENDS) {
            jdbc.sql("update document set status = ?, version = version + 1 where id = ?")
                    .params(kind == RelationKind.REPLACES ? DocumentStatus.REPLACED.name() : DocumentStatus.AMENDED.name(), toId)
                    .update();
        }
        audit.record("DOCUMENT_RELATED", "DOCUMENT", fromId, issuer, kind + " → " + toId, null);
        return document(fromId);
    }

    /**
     * Attaches a file to a document. The text of a DOCX, PDF or TXT file becomes the document's text when it
     * has none yet (and is searchable at once).
     */
    @Transactional
    public DocumentView attach(long id, String filename, String contentType, byte[] bytes) {
        if (!visible(id)) {
            throw new NotFoundException("error.document.notFound", id);
        }
        long issuer = jdbc.sql("select issuer_unit_id from document where id = ?").param(id).query(Long.class).single();
        access.require(issuer, Permission.MANAGE_DOCUMENTS);
        String name = VietnameseText.clean(filename);
        if (name == null || name.isEmpty() || bytes == null || bytes.length == 0) {
            throw ValidationException.of("file", "error.attachment.empty");
        }
        if (bytes.length > vn.chinhdon.platform.TextExtraction.MAX_BYTES) {
            throw ValidationException.of("file", "error.attachment.tooLarge", vn.chinhdon.platform.TextExtraction.MAX_BYTES / 1024 / 1024);
        }
        String text = vn.chinhdon.platform.TextExtraction.extract(name, bytes);
        jdbc.sql("""
                insert into document_attachment (id, document_id, filename, content_type, size_bytes, content, created_at)
                values (nextval('org_seq'), ?, ?, ?, ?, ?, ?)""")
                .params(id, name, contentType == null ? "application/octet-stream" : contentType, bytes.length, bytes,
                        OffsetDateTime.now(clock))
                .update();
        if (text != null && !text.isBlank()) {
            String old = jdbc.sql("select body from document where id = ?").param(id).query(String.class).optional()
                    .orElse(null);
            String body = old == null || old.isBlank() ? text : old;
            jdbc.sql("update document set body = ?, search_text = search_text || ' ' || ?, version = version + 1 where id = ?")
                    .params(body, searchText(text), id)
                    .update();
        }
        audit.record("DOCUMENT_ATTACHED", "DOCUMENT", id, issuer, "Đính kèm " + name + " (" + bytes.length + " byte)", null);
        return document(id);
    }

    /** The bytes of an attachment, if the caller may read the document's content. */
    @Transactional(readOnly = true)
    public Map<String, Object> attachment(long id, long attachmentId) {
        DocumentView doc = document(id); // attachments are listed only to callers who may read the content
        return jdbc.sql("select filename, content_type, content from document_attachment where id = ? and document_id = ?")
                .params(attachmentId, id).query().listOfRows().stream().findFirst()
                .filter(r -> doc.attachments().stream().anyMatch(a -> a.id() == attachmentId))
                .orElseThrow(() -> new NotFoundException("error.document.notFound", id));
    }

    /** Records that a plan implements a document, unless it already does (directly or not). */
    void linkImplements(long planId, long sourceId) {
        if (planId != sourceId && !reaches(planId, sourceId) && !reaches(sourceId, planId)) {
            insertRelation(planId, sourceId, RelationKind.IMPLEMENTS);
        }
    }

    /** Whether {@code from} already implements {@code to}, directly or through other documents. */
    private boolean reaches(long from, long to) {
        return jdbc.sql("""
                with recursive up(id) as (select cast(? as bigint)
                  union select r.to_document_id from document_relation r join up on r.from_document_id = up.id
                  where r.kind = 'IMPLEMENTS')
                select count(*) from up where id = ?""").params(from, to).query(Long.class).single() > 0;
    }

    /** The documents implementing this one, level by level, as far as the caller may see. */
    @Transactional(readOnly = true)
    public ImplementationNode implementationTree(long id) {
        DocumentView root = document(id);
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        Map<Long, ImplementationNode> leaf = new HashMap<>();
        Visibility v = visibility();
        var spec = jdbc.sql("""
                with recursive down(id, depth) as (select cast(:root as bigint), 0
                  union select r.from_document_id, down.depth + 1 from document_relation r join down on r.to_document_id = down.id
                  where r.kind = 'IMPLEMENTS' and down.depth < 20)
                select r.to_document_id as parent, d.id, d.number_text, d.title, u.code,
                  (select name from org_unit_state s where s.unit_id = d.issuer_unit_id and s.valid_from <= d.issued_on
                     order by s.valid_from desc limit 1) as unit_name, d.issued_on
                from document_relation r join down on r.from_document_id = down.id and down.depth > 0
                join document d on d.id = r.from_document_id join org_unit u on u.id = d.issuer_unit_id
                where r.kind = 'IMPLEMENTS' and """ + v.sql() + " order by d.issued_on, d.number_text")
                .param("root", id);
        for (var e : v.params().entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.query(rs -> {
            long parent = rs.getLong(1);
            long child = rs.getLong(2);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
            leaf.put(child, new ImplementationNode(child, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getObject(7, LocalDate.class), List.of()));
        });
        return build(new ImplementationNode(root.id(), root.number(), root.title(), root.issuerUnitCode(),
                root.issuerUnitName(), root.issuedOn(), List.of()), children, leaf, 0);
    }

    private static ImplementationNode build(ImplementationNode node, Map<Long, List<Long>> children,
            Map<Long, ImplementationNode> leaf, int depth) {
        List<ImplementationNode> kids = new ArrayList<>();
        if (depth < 20) {
            for (Long c : children.getOrDefault(node.id(), List.of())) {
                kids.add(build(leaf.get(c), children, leaf, depth + 1));
            }
        }
        return new ImplementationNode(node.id(), node.number(), node.title(), node.issuerUnitCode(), node.issuerUnitName(),
                node.issuedOn(), kids);
    }

    /** From a plan up to the central document: each step the document it implements (the first, if several). */
    @Transactional(readOnly = true)
    public List<DocumentView> chainUp(long id) {
        List<DocumentView> chain = new ArrayList<>();
        DocumentView current = document(id);
        chain.add(current);
        for (int i = 0; i < 20; i++) {
            DocumentView.Link up = current.relations().stream()
                    .filter(l -> l.kind() == RelationKind.IMPLEMENTS && "OUT".equals(l.direction())).findFirst().orElse(null);
            if (up == null) {
                break;
            }
            current = document(up.documentId());
            chain.add(current);
        }
        return chain;
    }

    /** Text search ranks (and counts) at most this many matches, the newest. */
    public static final int SEARCH_WINDOW = 1000;

    /**
     * Full-text search over number, title and text, insensitive to diacritics and case, ranked, with
     * highlighted snippets; within the caller's grants (and confidentiality) in the same query.
     * {@code unitCode} restricts to documents issued in that unit's subtree. A text query ranks the newest
     * {@link #SEARCH_WINDOW} matches and its total stops there.
     */
    @Transactional(readOnly = true)
    public PageResult<DocumentHit> search(String q, String unitCode, Integer page, Integer size) {
        int p = PageResult.clampPage(page);
        int n = PageResult.clampSize(size);
        Visibility v = visibility();
        StringBuilder where = new StringBuilder(v.sql());
        Map<String, Object> params = new HashMap<>(v.params());
        String folded = q == null ? "" : VietnameseText.fold(q);
        boolean text = !folded.isBlank();
        if (text) {
            where.append(" and d.search @@ plainto_tsquery('simple', :q)");
            params.put("q", folded);
        }
        if (unitCode != null && !unitCode.isBlank()) {
            Long unitId = jdbc.sql("select id from org_unit where code = ?").param(unitCode.trim()).query(Long.class)
                    .optional().orElse(null);
            // the caller's units, or a unit above them (its documents concern them)
            if (unitId == null || !(access.allows(unitId, Permission.READ_UNITS) || access.ancestorsOfGrants().contains(unitId))) {
                throw new NotFoundException("error.unit.notFound", unitCode);
            }
            where.append("""
                     and exists (select 1 from org_unit_state us where us.unit_id = d.issuer_unit_id
                       and us.path like (select path from org_unit_state x where x.unit_id = :unitId
                                         order by x.valid_to is null desc, x.valid_from desc limit 1) || '%')""");
            params.put("unitId", unitId);
        }
        String from = "from document d join org_unit u on u.id = d.issuer_unit_id where " + where;
        var count = jdbc.sql("select count(*) " + from);
        var list = jdbc.sql("""
                select d.id, d.number_text, d.title, d.issued_on, d.confidential, d.issuer_unit_id, d.body,
                  (select name from org_unit_state s where s.unit_id = d.issuer_unit_id and s.valid_from <= d.issued_on
                     order by s.valid_from desc limit 1) as unit_name, 0.0 as rank
                """ + from + " order by d.issued_on desc, d.number_text, d.id limit :lim offset :off")
                .param("lim", n).param("off", (long) p * n);
        if (text) {
            // A common word matches most of the register: rank only the newest SEARCH_WINDOW matches (found
            // walking the register newest first, or through the text index for rarer words), and count up
            // to the window. Pages beyond it ask for narrower words.
            count = jdbc.sql("select count(*) from (select 1 " + from + " limit " + SEARCH_WINDOW + ") c");
            list = jdbc.sql("""
                    select d.id, d.number_text, d.title, d.issued_on, d.confidential, d.issuer_unit_id, d.body,
                      (select name from org_unit_state s where s.unit_id = d.issuer_unit_id and s.valid_from <= d.issued_on
                         order by s.valid_from desc limit 1) as unit_name,
                      ts_rank(d.search, plainto_tsquery('simple', :q)) as rank
                    from (select d.* %s order by d.issued_on desc, d.id desc limit %d) d
                    order by rank desc, d.issued_on desc, d.id desc limit :lim offset :off""".formatted(from, SEARCH_WINDOW))
                    .param("lim", n).param("off", (long) p * n);
        }
        for (var e : params.entrySet()) {
            count = count.param(e.getKey(), e.getValue());
            list = list.param(e.getKey(), e.getValue());
        }
        long total = count.query(Long.class).single();
        List<DocumentHit> hits = list.query((ResultSet rs, int i) -> hit(rs, q)).list();
        return new PageResult<>(hits, p, n, total);
    }

    private DocumentHit hit(ResultSet rs, String q) throws SQLException {
        boolean confidential = rs.getBoolean("confidential");
        boolean content = mayReadContent(rs.getLong("issuer_unit_id"), confidential);
        String title = rs.getString("title");
        String body = content ? rs.getString("body") : null;
        String snippet = Snippets.snippet(body == null || body.isBlank() ? title : body, q, 220);
        return new DocumentHit(rs.getLong("id"), rs.getString("number_text"), title, rs.getString("unit_name"),
                rs.getObject("issued_on", LocalDate.class), confidential, rs.getDouble("rank"), snippet);
    }
}
