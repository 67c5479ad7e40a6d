package vn.chinhdon.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.RestructuringCommand.Dissolve;
import vn.chinhdon.organization.RestructuringCommand.Merge;
import vn.chinhdon.organization.RestructuringCommand.Move;
import vn.chinhdon.organization.RestructuringCommand.Operation;
import vn.chinhdon.organization.RestructuringCommand.Rename;
import vn.chinhdon.organization.RestructuringCommand.Split;
import vn.chinhdon.organization.RestructuringCommand.Target;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.VietnameseText;

/**
 * Plans and applies a restructuring. The tree as it stands on the effective date is loaded into memory,
 * the operations are applied to that copy in order (collecting every problem), and only a plan without
 * problems is written, in one transaction owned by the caller.
 */
@Component
class RestructuringEngine {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    RestructuringEngine(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** A unit of the working copy. */
    static final class Node {
        Long id;
        final String code;
        String name;
        UnitKind kind;
        String parent;
        final String originalName;
        final UnitKind originalKind;
        final String originalParent;
        final String originalPath;
        final LocalDate stateFrom;
        final boolean created;
        boolean ended;
        String receiver; // where its members and children went when it ended
        boolean provisional;
        String path;

        Node(Long id, String code, String name, UnitKind kind, String parent, String path, LocalDate stateFrom,
                boolean created) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.kind = kind;
            this.parent = parent;
            this.originalName = created ? null : name;
            this.originalKind = created ? null : kind;
            this.originalParent = created ? null : parent;
            this.originalPath = path;
            this.stateFrom = stateFrom;
            this.created = created;
        }

        boolean changed() {
            return created || !Objects.equals(name, originalName) || kind != originalKind
                    || !Objects.equals(parent, originalParent) || !Objects.equals(path, originalPath);
        }
    }

    record Link(String predecessor, String successor, String relation, boolean principal) {
    }

    /** The working copy after the operations, with every problem found. */
    final class Plan {
        final RestructuringCommand command;
        final LocalDate date;
        final Map<String, Node> nodes = new HashMap<>();
        final Map<String, Set<String>> children = new HashMap<>();
        final Map<String, Long> directMembers = new HashMap<>();
        final Set<String> laterChanges = new HashSet<>();
        final Set<String> allCodes = new HashSet<>();
        final Set<String> used = new HashSet<>();
        final Map<String, List<String>> partialTargets = new LinkedHashMap<>();
        final List<Link> links = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final AccessControl.Scope scope;
        int op;

        Plan(RestructuringCommand command, AccessControl.Scope scope) {
            this.command = command;
            this.date = command.effectiveDate();
            this.scope = scope;
        }

        void problem(String key, Object... args) {
            problems.add(Problem.field("operations[" + op + "]", key, args));
        }

        Node live(String code, String role) {
            if (code == null || code.isBlank()) {
                problem("error.restructuring.missingCode", role);
                return null;
            }
            Node n = nodes.get(code.trim());
            if (n != null && !n.created && !scope.covers(n.originalPath, Permission.READ_UNITS)) {
                n = null; // outside the caller's grants: as if it did not exist
            }
            if (n == null || n.ended) {
                problem(n == null ? "error.restructuring.unknownUnit" : "error.restructuring.endedUnit", code);
                return null;
            }
            if (laterChanges.contains(n.code)) {
                problem("error.restructuring.laterChanges", code);
                return null;
            }
            return n;
        }

        boolean use(Node n) {
            if (!used.add(n.code)) {
                problem("error.restructuring.usedTwice", n.code);
                return false;
            }
            return true;
        }

        void requireManage(Node n) {
            if (n != null && !n.created && !scope.covers(n.originalPath, Permission.MANAGE_UNITS)) {
                problem("error.restructuring.notAllowed", n.code);
            }
        }

        boolean inSubtree(Node candidate, Node root) {
            Node cur = candidate;
            int guard = 0;
            while (cur != null && guard++ < 10_000) {
                if (cur == root) {
                    return true;
                }
                cur = cur.parent == null ? null : nodes.get(cur.parent);
            }
            return false;
        }

        void setParent(Node n, String parent) {
            if (n.parent != null) {
                children.getOrDefault(n.parent, new HashSet<>()).remove(n.code);
            }
            n.parent = parent;
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new LinkedHashSet<>()).add(n.code);
            }
        }

        /** Ends the unit, handing its active children and members to the receiver. */
        void end(Node n, Node receiver, boolean provisional) {
            n.ended = true;
            n.receiver = receiver == null ? null : receiver.code;
            n.provisional = provisional;
            for (String child : new ArrayList<>(children.getOrDefault(n.code, Set.of()))) {
                Node c = nodes.get(child);
                if (c != null && !c.ended) {
                    setParent(c, receiver.code);
                }
            }
            if (n.parent != null) {
                children.getOrDefault(n.parent, new HashSet<>()).remove(n.code);
            }
        }

        Node target(Target t, Set<String> continuing) {
            if (t == null || t.code() == null || t.code().isBlank()) {
                problem("error.restructuring.missingCode", "target");
                return null;
            }
            String code = t.code().trim();
            UnitKind kind = t.kind() == null || t.kind().isBlank() ? null : UnitKind.parse(t.kind());
            if (t.kind() != null && !t.kind().isBlank() && kind == null) {
                problem("error.unit.kind", t.kind());
                return null;
            }
            Node parent = null;
            if (t.parentCode() != null && !t.parentCode().isBlank()) {
                parent = live(t.parentCode(), "parentCode");
                if (parent == null) {
                    return null;
                }
                requireManage(parent);
            }
            Node node;
            if (continuing.contains(code)) {
                node = nodes.get(code);
            } else if (nodes.containsKey(code) && !nodes.get(code).ended && nodes.get(code).created) {
                node = nodes.get(code); // created earlier in this restructuring
            } else {
                if (allCodes.contains(code) || nodes.containsKey(code)) {
                    problem("error.restructuring.codeTaken", code);
                    return null;
                }
                String name = VietnameseText.clean(t.name());
                if (name == null || name.isEmpty() || kind == null || parent == null) {
                    problem("error.restructuring.incompleteTarget", code);
                    return null;
                }
                node = new Node(null, code, name, kind, null, null, date, true);
                nodes.put(code, node);
                setParent(node, parent.code);
                return node;
            }
            if (t.name() != null && !t.name().isBlank()) {
                node.name = VietnameseText.clean(t.name());
            }
            if (kind != null) {
                node.kind = kind;
            }
            if (parent != null && !Objects.equals(parent.code, node.parent)) {
                if (parent == node || inSubtree(parent, node)) {
                    problem("error.restructuring.cycle", node.code, parent.code);
                    return null;
                }
                setParent(node, parent.code);
            }
            return node;
        }
    }

    Plan plan(RestructuringCommand command, AccessControl.Scope scope) {
        Plan plan = new Plan(command, scope);
        if (command.effectiveDate() == null) {
            plan.problems.add(Problem.field("effectiveDate", "error.required"));
        }
        if (command.decision() == null || command.decision().isBlank()) {
            plan.problems.add(Problem.field("decision", "error.required"));
        }
        if (command.operations() == null || command.operations().isEmpty()) {
            plan.problems.add(Problem.field("operations", "error.restructuring.noOperations"));
        }
        if (!plan.problems.isEmpty()) {
            return plan;
        }
        load(plan);
        for (int i = 0; i < command.operations().size(); i++) {
            plan.op = i;
            Operation operation = command.operations().get(i);
            if (operation instanceof Merge m) {
                merge(plan, m);
            } else if (operation instanceof Split s) {
                split(plan, s);
            } else if (operation instanceof Move m) {
                move(plan, m);
            } else if (operation instanceof Rename r) {
                rename(plan, r);
            } else if (operation instanceof Dissolve d) {
                dissolve(plan, d);
            } else {
                plan.problem("error.restructuring.emptyOperation");
            }
        }
        plan.op = command.operations().size() - 1;
        resolvePartials(plan);
        checkKinds(plan);
        return plan;
    }

    private void load(Plan plan) {
        jdbc.sql("""
                select s.unit_id, u.code, s.name, s.kind, p.code as parent_code, s.path, s.valid_from, s.valid_to
                from org_unit_state s join org_unit u on u.id = s.unit_id left join org_unit p on p.id = s.parent_id
                where s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d)""")
                .param("d", plan.date)
                .query(rs -> {
                    Node n = new Node(rs.getLong(1), rs.getString(2), rs.getString(3), UnitKind.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), false);
                    n.path = n.originalPath;
                    plan.nodes.put(n.code, n);
                    if (rs.getObject(8) != null) {
                        plan.laterChanges.add(n.code);
                    }
                });
        for (Node n : plan.nodes.values()) {
            if (n.parent != null) {
                plan.children.computeIfAbsent(n.parent, k -> new LinkedHashSet<>()).add(n.code);
            }
        }
        jdbc.sql("select u.code from org_unit_state s join org_unit u on u.id = s.unit_id where s.valid_from > ?")
                .param(plan.date).query(String.class).list().forEach(plan.laterChanges::add);
        plan.allCodes.addAll(jdbc.sql("select code from org_unit").query(String.class).list());
        jdbc.sql("""
                select u.code, count(*) from member_assignment a join org_unit u on u.id = a.unit_id
                where a.valid_from <= :d and (a.valid_to is null or a.valid_to > :d) group by u.code""")
                .param("d", plan.date)
                .query(rs -> {
                    plan.directMembers.put(rs.getString(1), rs.getLong(2));
                });
    }

    private void merge(Plan plan, Merge m) {
        List<String> sources = m.sources() == null ? List.of() : m.sources();
        List<String> partials = m.partialSources() == null ? List.of() : m.partialSources();
        if (sources.isEmpty() && partials.isEmpty()) {
            plan.problem("error.restructuring.noSources");
            return;
        }
        int before = plan.problems.size();
        List<Node> full = new ArrayList<>();
        for (String code : sources) {
            Node n = plan.live(code, "sources");
            if (n != null && plan.use(n)) {
                plan.requireManage(n);
                full.add(n);
            }
        }
        List<Node> parts = new ArrayList<>();
        for (String code : partials) {
            Node n = plan.live(code, "partialSources");
            if (n != null) {
                if (plan.used.contains(n.code)) {
                    plan.problem("error.restructuring.usedTwice", n.code);
                    continue;
                }
                plan.requireManage(n);
                parts.add(n);
            }
        }
        if (plan.problems.size() > before) {
            return;
        }
        Set<String> continuing = new HashSet<>();
        full.forEach(n -> continuing.add(n.code));
        parts.forEach(n -> continuing.add(n.code));
        Node target = plan.target(m.target(), continuing);
        if (target == null) {
            return;
        }
        for (Node source : full) {
            if (source != target) {
                if (plan.inSubtree(target, source)) {
                    plan.problem("error.restructuring.cycle", source.code, target.code);
                    continue;
                }
                plan.end(source, target, false);
                plan.links.add(new Link(source.code, target.code, "MERGED", true));
            }
        }
        for (Node part : parts) {
            if (part != target) {
                plan.partialTargets.computeIfAbsent(part.code, k -> new ArrayList<>()).add(target.code);
            } else {
                plan.partialTargets.computeIfAbsent(part.code, k -> new ArrayList<>()).add(0, target.code);
            }
        }
    }

    private void split(Plan plan, Split s) {
        Node source = plan.live(s.source(), "source");
        if (source == null || !plan.use(source)) {
            return;
        }
        plan.requireManage(source);
        if (s.targets() == null || s.targets().isEmpty()) {
            plan.problem("error.restructuring.noTargets");
            return;
        }
        List<Node> targets = new ArrayList<>();
        for (Target t : s.targets()) {
            Node existing = t == null || t.code() == null ? null : plan.nodes.get(t.code().trim());
            Node node;
            if (existing != null && existing != source && !existing.ended) {
                plan.requireManage(existing);
                node = existing; // an existing unit receives a part
            } else {
                node = plan.target(t, Set.of(source.code));
            }
            if (node != null) {
                targets.add(node);
            }
        }
        if (targets.size() != s.targets().size()) {
            return;
        }
        Node receiver = targets.get(0);
        if (s.memberTarget() != null && !s.memberTarget().isBlank()) {
            receiver = targets.stream().filter(t -> t.code.equals(s.memberTarget().trim())).findFirst().orElse(null);
            if (receiver == null) {
                plan.problem("error.restructuring.memberTarget", s.memberTarget());
                return;
            }
        }
        boolean continues = targets.contains(source);
        for (Node t : targets) {
            if (t != source) {
                plan.links.add(new Link(source.code, t.code, "SPLIT", !continues && t == receiver));
            }
        }
        if (!continues) {
            plan.end(source, receiver, true);
        }
    }

    private void move(Plan plan, Move m) {
        Node unit = plan.live(m.unit(), "unit");
        Node parent = plan.live(m.newParentCode(), "newParentCode");
        if (unit == null || parent == null || !plan.use(unit)) {
            return;
        }
        plan.requireManage(unit);
        plan.requireManage(parent);
        if (parent == unit || plan.inSubtree(parent, unit)) {
            plan.problem("error.restructuring.cycle", unit.code, parent.code);
            return;
        }
        plan.setParent(unit, parent.code);
    }

    private void rename(Plan plan, Rename r) {
        Node unit = plan.live(r.unit(), "unit");
        if (unit == null || !plan.use(unit)) {
            return;
        }
        plan.requireManage(unit);
        String name = VietnameseText.clean(r.name());
        if (name == null || name.isEmpty()) {
            plan.problem("error.restructuring.missingName", unit.code);
            return;
        }
        unit.name = name;
    }

    private void dissolve(Plan plan, Dissolve d) {
        Node unit = plan.live(d.unit(), "unit");
        if (unit == null || !plan.use(unit)) {
            return;
        }
        plan.requireManage(unit);
        Node successor = null;
        if (d.successor() != null && !d.successor().isBlank()) {
            successor = plan.live(d.successor(), "successor");
            if (successor == null) {
                return;
            }
            plan.requireManage(successor);
            if (successor == unit || plan.inSubtree(successor, unit)) {
                plan.problem("error.restructuring.cycle", unit.code, successor.code);
                return;
            }
        }
        boolean hasChildren = !plan.children.getOrDefault(unit.code, Set.of()).isEmpty();
        boolean hasMembers = plan.directMembers.getOrDefault(unit.code, 0L) > 0;
        if (successor == null && (hasChildren || hasMembers)) {
            plan.problem("error.restructuring.dissolveNeedsSuccessor", unit.code);
            return;
        }
        plan.end(unit, successor, false);
        if (successor != null) {
            plan.links.add(new Link(unit.code, successor.code, "DISSOLVED", true));
        }
    }

    /**
     * A unit that was only partly merged into several targets ends, unless one of the targets continues
     * it. Its members and children go to its principal successor: the target with the same name, else
     * the first target listed; members are marked for confirmation (docs/decisions/0004-partial-sources.md).
     */
    private void resolvePartials(Plan plan) {
        for (var e : plan.partialTargets.entrySet()) {
            Node part = plan.nodes.get(e.getKey());
            List<String> targets = e.getValue();
            if (part.ended || targets.contains(part.code)) {
                for (String t : targets) {
                    if (!t.equals(part.code)) {
                        plan.links.add(new Link(part.code, t, "PARTIAL", false));
                    }
                }
                continue;
            }
            String partName = VietnameseText.fold(part.originalName);
            String principal = targets.stream()
                    .filter(t -> VietnameseText.fold(plan.nodes.get(t).name).equals(partName)).findFirst()
                    .orElse(targets.get(0));
            for (String t : targets) {
                plan.links.add(new Link(part.code, t, "PARTIAL", t.equals(principal)));
            }
            plan.end(part, plan.nodes.get(principal), true);
        }
    }

    private void checkKinds(Plan plan) {
        for (Node n : plan.nodes.values()) {
            if (n.ended || n.parent == null) {
                continue;
            }
            Node parent = plan.nodes.get(n.parent);
            boolean touched = n.created || n.kind != n.originalKind || !Objects.equals(n.parent, n.originalParent)
                    || parent.kind != parent.originalKind;
            if (touched && !n.kind.mayStandUnder(parent.kind)) {
                plan.problems.add(Problem.field("operations", "error.unit.kindUnderParent", n.code, n.kind.name(),
                        parent.code, parent.kind.name()));
            }
        }
    }

    /** Where the members of an ended unit finally go, following receivers that ended later in the plan. */
    private static Node finalReceiver(Plan plan, Node ended) {
        Node cur = ended;
        int guard = 0;
        while (cur != null && cur.ended && guard++ < 1000) {
            cur = cur.receiver == null ? null : plan.nodes.get(cur.receiver);
        }
        return cur;
    }

    private static boolean provisionalChain(Plan plan, Node ended) {
        Node cur = ended;
        int guard = 0;
        while (cur != null && cur.ended && guard++ < 1000) {
            if (cur.provisional) {
                return true;
            }
            cur = cur.receiver == null ? null : plan.nodes.get(cur.receiver);
        }
        return false;
    }

    RestructuringPreview preview(Plan plan) {
        if (!plan.problems.isEmpty() && plan.nodes.isEmpty()) {
            return new RestructuringPreview(plan.date, plan.command.decision(),
                    plan.command.operations() == null ? 0 : plan.command.operations().size(), Map.of(), 0, 0, List.of(),
                    plan.problems);
        }
        computePaths(plan, false);
        List<RestructuringPreview.Change> changes = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        long moved = 0;
        long toConfirm = 0;
        for (Node n : plan.nodes.values()) {
            if (n.ended) {
                long members = plan.directMembers.getOrDefault(n.code, 0L);
                moved += members;
                if (provisionalChain(plan, n)) {
                    toConfirm += members;
                }
                Node to = finalReceiver(plan, n);
                add(changes, counts, "ENDED", n, to == null ? "" : to.code + " – " + to.name);
            } else if (n.created) {
                add(changes, counts, "CREATED", n, plan.nodes.get(n.parent).name);
            } else {
                if (!Objects.equals(n.name, n.originalName)) {
                    add(changes, counts, "RENAMED", n, n.originalName + " → " + n.name);
                }
                if (!Objects.equals(n.parent, n.originalParent)) {
                    add(changes, counts, "MOVED", n, nameOf(plan, n.originalParent) + " → " + nameOf(plan, n.parent));
                }
                if (n.kind != n.originalKind) {
                    add(changes, counts, "KIND_CHANGED", n, n.originalKind + " → " + n.kind);
                }
            }
        }
        changes.sort((a, b) -> a.type().equals(b.type()) ? a.code().compareTo(b.code()) : a.type().compareTo(b.type()));
        return new RestructuringPreview(plan.date, plan.command.decision(), plan.command.operations().size(), counts,
                moved, toConfirm, changes, plan.problems);
    }

    private static String nameOf(Plan plan, String code) {
        Node n = code == null ? null : plan.nodes.get(code);
        return n == null ? "—" : n.name;
    }

    private static void add(List<RestructuringPreview.Change> changes, Map<String, Integer> counts, String type, Node n,
            String detail) {
        changes.add(new RestructuringPreview.Change(type, n.code, n.name, detail));
        counts.merge(type, 1, Integer::sum);
    }

    private void computePaths(Plan plan, boolean allocateIds) {
        if (allocateIds) {
            List<Node> fresh = plan.nodes.values().stream().filter(n -> n.created && n.id == null).toList();
            List<Long> ids = nextIds(fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                fresh.get(i).id = ids.get(i);
            }
        }
        Map<String, String> memo = new HashMap<>();
        for (Node n : plan.nodes.values()) {
            if (!n.ended) {
                n.path = path(plan, n, memo, allocateIds);
            }
        }
    }

    private static String path(Plan plan, Node n, Map<String, String> memo, boolean withIds) {
        String cached = memo.get(n.code);
        if (cached != null) {
            return cached;
        }
        String own = (withIds || n.id != null ? String.valueOf(n.id) : "new:" + n.code) + "/";
        String p = n.parent == null ? "/" + own : path(plan, plan.nodes.get(n.parent), memo, withIds) + own;
        memo.put(n.code, p);
        return p;
    }

    List<Long> nextIds(int n) {
        if (n == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval('org_seq') from generate_series(1, ?)").param(n).query(Long.class).list();
    }

    /** Writes a plan without problems; returns the restructuring's id. */
    long apply(Plan plan, String actor) {
        computePaths(plan, true);
        LocalDate d = plan.date;
        long restructuringId = nextIds(1).get(0);
        jdbc.sql("""
                insert into restructuring (id, effective_date, decision, description, operation_count, applied_at, applied_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(restructuringId, d, plan.command.decision().trim(), plan.command.description(),
                        plan.command.operations().size(), OffsetDateTime.now(clock), actor)
                .update();
        List<Object[]> newUnits = new ArrayList<>();
        List<Long> ended = new ArrayList<>();
        List<Long> close = new ArrayList<>();
        List<Long> delete = new ArrayList<>();
        List<Long> bump = new ArrayList<>();
        List<Object[]> newStates = new ArrayList<>();
        for (Node n : plan.nodes.values()) {
            if (n.created) {
                newUnits.add(new Object[] {n.id, n.code, d, restructuringId});
            }
            if (n.ended) {
                ended.add(n.id);
                (n.stateFrom.equals(d) ? delete : close).add(n.id);
                continue;
            }
            if (n.changed()) {
                if (!n.created) {
                    (n.stateFrom.equals(d) ? delete : close).add(n.id);
                    bump.add(n.id);
                }
                Node parent = n.parent == null ? null : plan.nodes.get(n.parent);
                newStates.add(new Object[] {n.id, d, n.name, VietnameseText.fold(n.name), n.kind.name(),
                        parent == null ? null : parent.id, n.path, n.path.split("/").length - 2});
            }
        }
        // set-based statements: one trigger run each for the maintained subtree counts
        template.batchUpdate("insert into org_unit (id, code, valid_from, created_by) values (?, ?, ?, ?)", newUnits);
        jdbc.sql("update org_unit set valid_to = ?, ended_by = ?, version = version + 1 where id = any(?)")
                .params(d, restructuringId, ended.toArray(Long[]::new)).update();
        jdbc.sql("update org_unit_state set valid_to = ? where unit_id = any(?) and valid_to is null")
                .params(d, close.toArray(Long[]::new)).update();
        jdbc.sql("delete from org_unit_state where unit_id = any(?) and valid_to is null")
                .params((Object) delete.toArray(Long[]::new)).update();
        jdbc.sql("update org_unit set version = version + 1 where id = any(?)").params((Object) bump.toArray(Long[]::new))
                .update();
        List<Long> stateIds = nextIds(newStates.size());
        List<Object[]> stateRows = new ArrayList<>();
        for (int i = 0; i < newStates.size(); i++) {
            Object[] s = newStates.get(i);
            stateRows.add(new Object[] {stateIds.get(i), s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]});
        }
        template.batchUpdate("""
                insert into org_unit_state (id, unit_id, valid_from, name, name_folded, kind, parent_id, path, depth)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", stateRows);
        List<Long> linkIds = nextIds(plan.links.size());
        List<Object[]> linkRows = new ArrayList<>();
        for (int i = 0; i < plan.links.size(); i++) {
            Link l = plan.links.get(i);
            linkRows.add(new Object[] {linkIds.get(i), plan.nodes.get(l.predecessor()).id, plan.nodes.get(l.successor()).id,
                    restructuringId, d, l.relation(), l.principal()});
        }
        template.batchUpdate("""
                insert into org_unit_lineage (id, predecessor_id, successor_id, restructuring_id, effective_date, relation, principal)
                values (?, ?, ?, ?, ?, ?, ?)""", linkRows);
        moveMembers(plan, restructuringId);
        return restructuringId;
    }

    private void moveMembers(Plan plan, long restructuringId) {
        LocalDate d = plan.date;
        List<Long> from = new ArrayList<>();
        List<Long> to = new ArrayList<>();
        List<Boolean> provisional = new ArrayList<>();
        for (Node n : plan.nodes.values()) {
            if (n.ended && plan.directMembers.getOrDefault(n.code, 0L) > 0) {
                from.add(n.id);
                to.add(finalReceiver(plan, n).id);
                provisional.add(provisionalChain(plan, n));
            }
        }
        if (from.isEmpty()) {
            return;
        }
        String moves = "unnest(cast(:from as bigint[]), cast(:to as bigint[]), cast(:prov as boolean[])) as m(from_id, to_id, prov)";
        // assignments that start on the effective date itself are re-pointed; older ones are closed and reopened
        jdbc.sql("""
                update member_assignment a set unit_id = m.to_id, provisional = m.prov, restructuring_id = :r,
                  reason = 'RESTRUCTURING' from %s
                where a.unit_id = m.from_id and a.valid_from = :d and a.valid_to is null""".formatted(moves))
                .param("from", from.toArray(Long[]::new)).param("to", to.toArray(Long[]::new))
                .param("prov", provisional.toArray(Boolean[]::new)).param("r", restructuringId).param("d", d).update();
        jdbc.sql("""
                with moved as (
                  update member_assignment a set valid_to = :d from %s
                  where a.unit_id = m.from_id and a.valid_from < :d and (a.valid_to is null or a.valid_to > :d)
                  returning a.member_id, m.to_id, m.prov)
                insert into member_assignment (id, member_id, unit_id, valid_from, reason, restructuring_id, provisional)
                select nextval('org_seq'), member_id, to_id, :d, 'RESTRUCTURING', :r, prov from moved""".formatted(moves))
                .param("from", from.toArray(Long[]::new)).param("to", to.toArray(Long[]::new))
                .param("prov", provisional.toArray(Boolean[]::new)).param("r", restructuringId).param("d", d).update();
    }
}
