package vn.chinhdon.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.OrgTree.UnitRow;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.LegacyVietnamese;
import vn.chinhdon.shared.VietnameseText;

/**
 * The organization tree: import, as-of reads, summaries, lineage and restructuring. Every method checks
 * the caller's grants; a unit outside them is "not found".
 */
@Service
public class OrganizationManagement {

    private final OrgTree tree;
    private final AccessControl access;
    private final RestructuringEngine engine;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationManagement(OrgTree tree, AccessControl access, RestructuringEngine engine, JdbcClient jdbc,
            JdbcTemplate template, AuditLog audit, Clock clock) {
        this.tree = tree;
        this.access = access;
        this.engine = engine;
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate orToday(LocalDate at) {
        return at == null ? today() : at;
    }

    /** The unit as it stood on {@code at} (default today). */
    @Transactional(readOnly = true)
    public OrgUnitView unit(String code, LocalDate at) {
        LocalDate date = orToday(at);
        UnitRow row = visible(code, date);
        return view(row, date, true);
    }

    /** The unit's id, for other modules that keep records per unit. */
    @Transactional(readOnly = true)
    public long unitId(String code) {
        return visible(code, today()).id();
    }

    private UnitRow visible(String code, LocalDate at) {
        UnitRow row = code == null ? null : tree.find(code.trim(), at).orElse(null);
        if (row == null || !access.allows(row.id(), Permission.READ_UNITS)) {
            throw new NotFoundException("error.unit.notFound", code);
        }
        return row;
    }

    private OrgUnitView view(UnitRow row, LocalDate at, boolean withLineage) {
        return new OrgUnitView(row.id(), row.code(), row.name(), row.kind(), row.parentCode(), row.parentName(),
                row.unitFrom(), row.unitTo(), row.activeAt(at), at,
                withLineage ? tree.predecessors(row.id()) : List.of(), withLineage ? tree.successors(row.id()) : List.of(),
                row.hasChildren(), row.version());
    }

    /**
     * Children of a unit as of {@code at}; without a parent, the caller's top units (the roots for an
     * administrator, the granted units for everybody else). {@code q} searches the caller's whole scope.
     */
    @Transactional(readOnly = true)
    public List<OrgUnitView> list(String parentCode, String q, LocalDate at) {
        LocalDate date = orToday(at);
        AccessControl.PathFilter filter = access.filter(Permission.READ_UNITS, date, "s.path");
        List<UnitRow> rows;
        if (q != null && !q.isBlank()) {
            String folded = VietnameseText.fold(q);
            if (parentCode != null && !parentCode.isBlank()) {
                UnitRow parent = visible(parentCode, date);
                filter = new AccessControl.PathFilter("(" + filter.sql() + ") and s.path like ?",
                        concat(filter.params(), parent.path() + "%"));
            }
            rows = tree.search(folded, date, filter, 200);
        } else if (parentCode != null && !parentCode.isBlank()) {
            UnitRow parent = visible(parentCode, date);
            rows = tree.children(parent.id(), date, filter);
        } else {
            rows = topUnits(date, filter);
        }
        return rows.stream().map(r -> view(r, date, false)).sorted((a, b) -> VietnameseText.COLLATOR.compare(a.name(),
                b.name())).toList();
    }

    private List<UnitRow> topUnits(LocalDate date, AccessControl.PathFilter filter) {
        AccessControl.Scope scope = access.scope();
        if (scope.admin()) {
            return tree.roots(date, filter);
        }
        List<Long> ids = scope.grants().stream().map(AccessControl.Grant::unitId).filter(id -> id != null).distinct()
                .toList();
        List<UnitRow> granted = tree.byIds(ids, date);
        // keep only the top-most granted units
        return granted.stream().filter(u -> granted.stream().noneMatch(o -> o != u && !o.path().equals(u.path())
                && u.path().startsWith(o.path()))).toList();
    }

    private static List<Object> concat(List<Object> list, Object extra) {
        List<Object> out = new ArrayList<>(list);
        out.add(extra);
        return out;
    }

    /**
     * Counts over the subtree as it stood on {@code at}. A unit created by a merge includes, after its
     * effective date, what came from its predecessors (their children and members moved into it).
     */
    public UnitSummary summary(String code, LocalDate at) {
        LocalDate date = orToday(at);
        // whatever the subtree's size: one statement for the unit and its maintained counts (no transaction
        // needed, a statement sees one snapshot), and the caller's grants
        OrgTree.SummaryRow row = code == null ? null : tree.summaryRow(code.trim(), date).orElse(null);
        AccessControl.Scope scope = access.scope();
        if (row == null || row.paths().stream().noneMatch(p -> scope.covers(p, Permission.READ_UNITS))) {
            throw new NotFoundException("error.unit.notFound", code);
        }
        if (!row.active()) {
            return new UnitSummary(row.code(), row.name(), false, date, Map.of(), 0);
        }
        return new UnitSummary(row.code(), row.name(), true, date, row.units(), row.members());
    }

    /** The unit's history: its states (names, parents) and lineage links, oldest first. */
    @Transactional(readOnly = true)
    public List<LineageView> timeline(String code) {
        UnitRow row = visible(code, today());
        List<LineageView> out = new ArrayList<>();
        OrgTree.StateRow previous = null;
        for (OrgTree.StateRow s : tree.states(row.id())) {
            String event = previous == null ? "CREATED"
                    : !s.name().equals(previous.name()) ? "RENAMED"
                    : !java.util.Objects.equals(s.parentName(), previous.parentName()) ? "MOVED" : "CHANGED";
            out.add(new LineageView(s.from(), event, null, null, null, s.name(), s.parentName()));
            previous = s;
        }
        for (OrgTree.LinkRow l : tree.links(row.id())) {
            out.add(new LineageView(l.date(), (l.outgoing() ? "TO_" : "FROM_") + l.relation(), l.decision(), l.otherCode(),
                    l.otherName(), null, null));
        }
        if (row.unitTo() != null) {
            out.add(new LineageView(row.unitTo(), "ENDED", null, null, null, row.name(), null));
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return out;
    }

    /** Audit lines of a unit, newest first. */
    @Transactional(readOnly = true)
    public List<AuditLog.Entry> history(String code) {
        UnitRow row = visible(code, today());
        return audit.history("ORG_UNIT", row.code(), 200);
    }

    /** The caller may manage (import under, restructure) this unit. */
    @Transactional(readOnly = true)
    public boolean canManage(String code) {
        return access.allows(visible(code, today()).id(), Permission.MANAGE_UNITS);
    }

    /**
     * Imports units, all or nothing. Parents may be existing units or other rows, in any order.
     *
     * @param firstRow the number of the first row as the user sees it (1 for JSON, 2 for a file with a header)
     */
    @Transactional
    public int importUnits(List<UnitImportRow> rows, int firstRow) {
        AccessControl.Scope scope = access.scope();
        List<Problem> problems = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            throw new ValidationException(List.of(Problem.field("units", "error.import.empty")));
        }
        Map<String, Clean> byCode = new LinkedHashMap<>();
        List<Clean> cleaned = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitImportRow r = rows.get(i);
            int rowNo = firstRow + i;
            int before = problems.size();
            String code = r == null ? null : VietnameseText.clean(r.code());
            if (code == null || code.isEmpty()) {
                problems.add(Problem.row(rowNo, "code", "error.required.named", "code"));
            } else if (!code.matches("[\\p{L}\\p{N}._\\-]{1,64}")) {
                problems.add(Problem.row(rowNo, "code", "error.unit.codeFormat", code));
            } else if (byCode.containsKey(code)) {
                problems.add(Problem.row(rowNo, "code", "error.import.duplicateInFile", code, byCode.get(code).row()));
            }
            String name = r == null ? null : text(r.name(), rowNo, "name", problems);
            if (name == null || name.isEmpty()) {
                if (problems.size() == before || problems.get(problems.size() - 1).row() != rowNo
                        || !"name".equals(problems.get(problems.size() - 1).field())) {
                    problems.add(Problem.row(rowNo, "name", "error.required.named", "name"));
                }
            }
            UnitKind kind = r == null ? null : UnitKind.parse(r.kind());
            if (kind == null) {
                problems.add(Problem.row(rowNo, "kind", "error.unit.kind", r == null ? "" : String.valueOf(r.kind())));
            }
            if (r == null || r.validFrom() == null) {
                problems.add(Problem.row(rowNo, "validFrom", "error.required.named", "validFrom"));
            }
            String parentCode = r == null ? null : VietnameseText.clean(r.parentCode());
            Clean c = new Clean(rowNo, code, name, kind, parentCode == null || parentCode.isEmpty() ? null : parentCode,
                    r == null ? null : r.validFrom());
            cleaned.add(c);
            if (code != null && !code.isEmpty() && !byCode.containsKey(code)) {
                byCode.put(code, c);
            }
        }
        Set<String> existing = new HashSet<>(jdbc.sql("select code from org_unit where code = any(:codes)")
                .param("codes", byCode.keySet().toArray(String[]::new)).query(String.class).list());
        for (Clean c : cleaned) {
            if (c.code() != null && existing.contains(c.code())) {
                problems.add(Problem.row(c.row(), "code", "error.unit.codeTaken", c.code()));
            }
        }
        // parents: existing units (with an open state on the child's date) or rows of this import
        Map<String, UnitRow> parents = new HashMap<>();
        for (Clean c : cleaned) {
            if (c.parentCode() == null) {
                if (!scope.admin()) {
                    problems.add(Problem.row(c.row(), "parentCode", "error.unit.rootNeedsAdmin"));
                }
                continue;
            }
            if (byCode.containsKey(c.parentCode())) {
                Clean p = byCode.get(c.parentCode());
                if (p.from() != null && c.from() != null && c.from().isBefore(p.from())) {
                    problems.add(Problem.row(c.row(), "validFrom", "error.unit.beforeParent", c.parentCode()));
                }
                if (p.kind() != null && c.kind() != null && !c.kind().mayStandUnder(p.kind())) {
                    problems.add(Problem.row(c.row(), "kind", "error.unit.kindUnderParent", c.code(), c.kind(),
                            p.code(), p.kind()));
                }
                continue;
            }
            if (c.from() == null) {
                continue;
            }
            UnitRow parent = tree.find(c.parentCode(), c.from()).orElse(null);
            if (parent == null || !scope.covers(parent.path(), Permission.READ_UNITS)) {
                problems.add(Problem.row(c.row(), "parentCode", "error.unit.parentUnknown", c.parentCode()));
            } else if (!parent.activeAt(c.from()) || parent.stateTo() != null) {
                problems.add(Problem.row(c.row(), "parentCode", "error.unit.parentNotOpen", c.parentCode(), c.from()));
            } else if (!scope.covers(parent.path(), Permission.MANAGE_UNITS)) {
                problems.add(Problem.row(c.row(), "parentCode", "error.unit.parentNotAllowed", c.parentCode()));
            } else if (c.kind() != null && !c.kind().mayStandUnder(parent.kind())) {
                problems.add(Problem.row(c.row(), "kind", "error.unit.kindUnderParent", c.code(), c.kind(),
                        parent.code(), parent.kind()));
            } else {
                parents.put(c.parentCode(), parent);
            }
        }
        // order parents before children; rows in a cycle are reported
        List<Clean> ordered = new ArrayList<>();
        Map<String, Integer> stateOf = new HashMap<>();
        for (Clean c : byCode.values()) {
            visit(c, byCode, stateOf, ordered, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.row() == null ? 0 : a.row(), b.row() == null ? 0 : b.row()));
            throw new ValidationException(problems);
        }
        List<Long> ids = engine.nextIds(ordered.size() * 2);
        Map<String, String> paths = new HashMap<>();
        Map<String, Long> unitIds = new HashMap<>();
        List<Object[]> units = new ArrayList<>();
        List<Object[]> states = new ArrayList<>();
        List<AuditLog.Line> lines = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Clean c = ordered.get(i);
            long id = ids.get(2 * i);
            unitIds.put(c.code(), id);
            Long parentId = null;
            String parentPath = "/";
            if (c.parentCode() != null) {
                if (parents.containsKey(c.parentCode())) {
                    parentId = parents.get(c.parentCode()).id();
                    parentPath = parents.get(c.parentCode()).path();
                } else {
                    parentId = unitIds.get(c.parentCode());
                    parentPath = paths.get(c.parentCode());
                }
            }
            String path = parentPath + id + "/";
            paths.put(c.code(), path);
            units.add(new Object[] {id, c.code(), c.from()});
            states.add(new Object[] {ids.get(2 * i + 1), id, c.from(), c.name(), VietnameseText.fold(c.name()),
                    c.kind().name(), parentId, path, path.split("/").length - 2});
            lines.add(new AuditLog.Line(c.code(), id, "Tạo đơn vị " + c.name() + " (" + c.kind() + ") từ ngày " + c.from()));
        }
        template.batchUpdate("insert into org_unit (id, code, valid_from) values (?, ?, ?)", units);
        template.batchUpdate("""
                insert into org_unit_state (id, unit_id, valid_from, name, name_folded, kind, parent_id, path, depth)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", states);
        audit.recordAll("UNIT_IMPORTED", "ORG_UNIT", lines);
        return ordered.size();
    }

    private record Clean(int row, String code, String name, UnitKind kind, String parentCode, LocalDate from) {
    }

    /** Depth-first: parents (rows of the same import) before children; a cycle is reported on its rows. */
    private static void visit(Clean c, Map<String, Clean> byCode, Map<String, Integer> state, List<Clean> out,
            List<Problem> problems) {
        Integer s = state.get(c.code());
        if (s != null) {
            if (s == 1) {
                problems.add(Problem.row(c.row(), "parentCode", "error.unit.cycle", c.code()));
            }
            return;
        }
        state.put(c.code(), 1);
        Clean parent = c.parentCode() == null ? null : byCode.get(c.parentCode());
        if (parent != null) {
            visit(parent, byCode, state, out, problems);
        }
        state.put(c.code(), 2);
        out.add(c);
    }

    /** NFC, cleaned, legacy encodings converted; garbled text is reported. */
    static String text(String raw, int row, String field, List<Problem> problems) {
        if (raw == null) {
            return null;
        }
        LegacyVietnamese.Result r = LegacyVietnamese.detectAndConvert(raw);
        String cleaned = VietnameseText.clean(r.text());
        if (LegacyVietnamese.looksGarbled(cleaned)) {
            problems.add(Problem.row(row, field, "error.import.garbled", raw));
            return null;
        }
        return cleaned;
    }

    /** Shows what a restructuring would change, with every problem; changes nothing. */
    @Transactional(readOnly = true)
    public RestructuringPreview preview(RestructuringCommand command) {
        return engine.preview(engine.plan(command, access.scope()));
    }

    /** Applies a restructuring atomically. */
    @Transactional
    public RestructuringResult restructure(RestructuringCommand command) {
        AccessControl.Scope scope = access.scope();
        RestructuringEngine.Plan plan = engine.plan(command, scope);
        if (!plan.problems.isEmpty()) {
            throw new ValidationException(plan.problems);
        }
        RestructuringPreview preview = engine.preview(plan);
        long id = engine.apply(plan, scope.user().getUsername());
        Map<String, Object> changes = new LinkedHashMap<>(preview.counts());
        changes.put("membersMoved", preview.membersMoved());
        audit.record("RESTRUCTURED", "RESTRUCTURING", id, null, "Sắp xếp tổ chức theo " + command.decision()
                + " hiệu lực từ " + command.effectiveDate() + ": " + command.operations().size() + " thao tác", changes);
        List<AuditLog.Line> lines = preview.changes().stream()
                .map(c -> new AuditLog.Line(c.code(), null, c.type() + " theo " + command.decision() + ": " + c.detail()))
                .toList();
        audit.recordAll("RESTRUCTURED", "ORG_UNIT", lines);
        return new RestructuringResult(id, command.operations().size(), preview.membersMoved(),
                preview.membersToConfirm());
    }

    /** The result of an applied restructuring. */
    public record RestructuringResult(long id, int applied, long membersMoved, long membersToConfirm) {
    }

    Optional<UnitRow> row(String code, LocalDate at) {
        return tree.find(code, at);
    }

    CurrentUser caller() {
        return CurrentUser.require();
    }
}
