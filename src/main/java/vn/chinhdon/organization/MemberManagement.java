package vn.chinhdon.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.OrgTree.UnitRow;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.CopyIn;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.TabularFile;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.PageResult;
import vn.chinhdon.shared.VietnameseSortKey;
import vn.chinhdon.shared.VietnameseText;

/** Party members: import, search, the member's page, transfers between cells, statuses. */
@Service
public class MemberManagement {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MemberManagement.class);

    /** Party statute: a member is admitted at 18 or older. */
    static final int MINIMUM_AGE = 18;

    private static final java.util.regex.Pattern CARD = java.util.regex.Pattern.compile("[0-9A-Za-z.\\-]{4,32}");

    private final JdbcClient jdbc;
    private final CopyIn copyIn;
    private final OrgTree tree;
    private final AccessControl access;
    private final AuditLog audit;
    private final RestructuringEngine ids;
    private final Clock clock;

    MemberManagement(JdbcClient jdbc, CopyIn copyIn, OrgTree tree, AccessControl access, AuditLog audit,
            RestructuringEngine ids, Clock clock) {
        this.jdbc = jdbc;
        this.copyIn = copyIn;
        this.tree = tree;
        this.access = access;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Clean(int row, String card, String name, String folded, Gender gender, LocalDate birth,
            LocalDate admission, LocalDate official, MemberStatus status, UnitRow unit) {
    }

    /** Imports members, all or nothing; every bad row is reported with its number. */
    @Transactional
    public int importMembers(List<MemberImportRow> rows, int firstRow) {
        if (rows == null || rows.isEmpty()) {
            throw new ValidationException(List.of(Problem.field("members", "error.import.empty")));
        }
        long t0 = System.nanoTime();
        AccessControl.Scope scope = access.scope();
        LocalDate today = today();
        List<Problem> problems = new ArrayList<>();
        List<Clean> cleaned = new ArrayList<>();
        Map<String, Integer> cards = new HashMap<>();
        Map<String, Integer> nameBirth = new HashMap<>();
        // every cell of the file in one statement
        Map<String, UnitRow> units = tree.findAll(rows.stream().filter(Objects::nonNull)
                .map(r -> VietnameseText.clean(r.unitCode())).filter(c -> c != null && !c.isEmpty())
                .collect(java.util.stream.Collectors.toSet()), today);
        for (int i = 0; i < rows.size(); i++) {
            MemberImportRow r = rows.get(i);
            int rowNo = firstRow + i;
            if (r == null) {
                continue;
            }
            String name = OrganizationManagement.text(r.fullName(), rowNo, "fullName", problems);
            if (name != null && name.isEmpty()) {
                name = null;
            }
            if (name == null && problems.stream().noneMatch(p -> Objects.equals(p.row(), rowNo))) {
                problems.add(Problem.row(rowNo, "fullName", "error.required.named", "fullName"));
            }
            String card = VietnameseText.clean(r.cardNumber());
            if (card != null && card.isEmpty()) {
                card = null;
            }
            if (card != null && !CARD.matcher(card).matches()) {
                problems.add(Problem.row(rowNo, "cardNumber", "error.member.cardFormat", card));
            }
            Gender gender = Gender.parse(r.gender());
            if (gender == null) {
                problems.add(Problem.row(rowNo, "gender", "error.member.gender", String.valueOf(r.gender())));
            }
            LocalDate birth = date(r.birthDate(), rowNo, "birthDate", true, problems);
            LocalDate admission = date(r.admissionDate(), rowNo, "admissionDate", true, problems);
            LocalDate official = date(r.officialDate(), rowNo, "officialDate", false, problems);
            if (birth != null && birth.isAfter(today)) {
                problems.add(Problem.row(rowNo, "birthDate", "error.date.future", r.birthDate()));
            }
            if (birth != null && admission != null && admission.isBefore(birth.plusYears(MINIMUM_AGE))) {
                problems.add(Problem.row(rowNo, "admissionDate", "error.member.tooYoung", MINIMUM_AGE));
            }
            if (admission != null && admission.isAfter(today)) {
                problems.add(Problem.row(rowNo, "admissionDate", "error.date.future", r.admissionDate()));
            }
            if (admission != null && official != null && official.isBefore(admission)) {
                problems.add(Problem.row(rowNo, "officialDate", "error.member.officialBeforeAdmission"));
            }
            MemberStatus status = r.status() == null || r.status().isBlank()
                    ? (official != null ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY)
                    : MemberStatus.parse(r.status());
            if (status == null) {
                problems.add(Problem.row(rowNo, "status", "error.member.status", r.status()));
            } else if (status.leavesParty()) {
                problems.add(Problem.row(rowNo, "status", "error.member.importLeft", r.status()));
            }
            String unitCode = VietnameseText.clean(r.unitCode());
            UnitRow unit = null;
            if (unitCode == null || unitCode.isEmpty()) {
                problems.add(Problem.row(rowNo, "unitCode", "error.required.named", "unitCode"));
            } else {
                unit = units.get(unitCode);
                if (unit == null || !scope.covers(unit.path(), Permission.READ_UNITS)) {
                    problems.add(Problem.row(rowNo, "unitCode", "error.unit.notFound", unitCode));
                    unit = null;
                } else if (!unit.activeAt(today)) {
                    problems.add(Problem.row(rowNo, "unitCode", "error.unit.ended", unitCode));
                    unit = null;
                } else if (!scope.covers(unit.path(), Permission.MANAGE_MEMBERS)) {
                    problems.add(Problem.row(rowNo, "unitCode", "error.forbiddenUnit", unitCode));
                    unit = null;
                }
            }
            if (card != null) {
                Integer other = cards.putIfAbsent(card, rowNo);
                if (other != null) {
                    problems.add(Problem.row(rowNo, "cardNumber", "error.member.duplicateCardInFile", card, other));
                }
            }
            String folded = name == null ? null : VietnameseText.fold(name);
            if (folded != null && birth != null) {
                Integer other = nameBirth.putIfAbsent(folded + "|" + birth, rowNo);
                if (other != null) {
                    problems.add(Problem.row(rowNo, "fullName", "error.member.duplicatePersonInFile", name, other));
                }
            }
            cleaned.add(new Clean(rowNo, card, name, folded, gender, birth, admission, official, status, unit));
        }
        long t1 = System.nanoTime();
        checkExisting(cleaned, problems);
        long t2 = System.nanoTime();
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.row() == null ? 0 : a.row(), b.row() == null ? 0 : b.row()));
            throw new ValidationException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> newIds = ids.nextIds(cleaned.size() * 3);
        // COPY, one statement per table: the count triggers run once per table, not once per batch
        CopyIn.Rows members = new CopyIn.Rows();
        CopyIn.Rows assignments = new CopyIn.Rows();
        CopyIn.Rows statuses = new CopyIn.Rows();
        List<AuditLog.Line> lines = new ArrayList<>();
        String actor = scope.user().getUsername();
        for (int i = 0; i < cleaned.size(); i++) {
            Clean c = cleaned.get(i);
            long id = newIds.get(3 * i);
            members.add(id, c.card(), c.name(), c.folded(), VietnameseSortKey.ofPersonName(c.name()),
                    c.gender().name(), c.birth(), c.admission(), c.official(), c.status().name(), now, now);
            LocalDate from = c.admission().isBefore(c.unit().unitFrom()) ? c.unit().unitFrom() : c.admission();
            assignments.add(newIds.get(3 * i + 1), id, c.unit().id(), from, "IMPORT");
            statuses.add(newIds.get(3 * i + 2), id, c.status().name(),
                    c.status() == MemberStatus.OFFICIAL && c.official() != null ? c.official() : c.admission(), now, actor);
            lines.add(new AuditLog.Line(id, c.unit().id(), "Nhập đảng viên " + c.name() + " vào " + c.unit().name()));
        }
        long t3 = System.nanoTime();
        copyIn.copy("member", "id, card_number, full_name, name_folded, sort_key, gender, birth_date, admission_date, "
                + "official_date, status, created_at, updated_at", members);
        long t4 = System.nanoTime();
        copyIn.copy("member_assignment", "id, member_id, unit_id, valid_from, reason", assignments);
        long t5 = System.nanoTime();
        copyIn.copy("member_status_change", "id, member_id, status, effective_date, recorded_at, recorded_by", statuses);
        long t6 = System.nanoTime();
        audit.recordAll("MEMBER_IMPORTED", "MEMBER", lines);
        long t7 = System.nanoTime();
        if (cleaned.size() >= 10_000 || log.isDebugEnabled()) {
            log.info("Member import of {} rows: validation {} ms, duplicate checks {} ms, rows prepared {} ms, COPY member {} ms,"
                    + " COPY member_assignment with the subtree counts {} ms, COPY member_status_change {} ms, audit {} ms",
                    cleaned.size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5), ms(t7 - t6));
        }
        return cleaned.size();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private void checkExisting(List<Clean> cleaned, List<Problem> problems) {
        List<String> cards = cleaned.stream().map(Clean::card).filter(Objects::nonNull).toList();
        if (!cards.isEmpty()) {
            Set<String> taken = new HashSet<>(jdbc.sql("select card_number from member where card_number = any(:c)")
                    .param("c", cards.toArray(String[]::new)).query(String.class).list());
            cleaned.stream().filter(c -> c.card() != null && taken.contains(c.card()))
                    .forEach(c -> problems.add(Problem.row(c.row(), "cardNumber", "error.member.cardTaken", c.card())));
        }
        List<String> names = cleaned.stream().map(Clean::folded).filter(Objects::nonNull).distinct().toList();
        if (!names.isEmpty()) {
            Set<String> existing = new HashSet<>();
            jdbc.sql("select name_folded, birth_date from member where name_folded = any(:n)")
                    .param("n", names.toArray(String[]::new))
                    .query(rs -> {
                        existing.add(rs.getString(1) + "|" + rs.getObject(2, LocalDate.class));
                    });
            cleaned.stream().filter(c -> c.folded() != null && existing.contains(c.folded() + "|" + c.birth()))
                    .forEach(c -> problems.add(Problem.row(c.row(), "fullName", "error.member.personExists", c.name(),
                            c.birth())));
        }
    }

    private static LocalDate date(String raw, int row, String field, boolean required, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(Problem.row(row, field, "error.required.named", field));
            }
            return null;
        }
        try {
            return TabularFile.parseDate(raw);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.row(row, field, "error.date.format", raw));
            return null;
        }
    }

    /** Rows of an uploaded CSV/XLSX file, with Vietnamese or English column names. */
    public static List<MemberImportRow> rowsOf(TabularFile file) {
        List<MemberImportRow> out = new ArrayList<>();
        for (Map<String, String> r : file.rows()) {
            out.add(r == null ? null : new MemberImportRow(
                    TabularFile.value(r, "cardNumber", "Số thẻ", "Số thẻ đảng viên", "So the"),
                    TabularFile.value(r, "fullName", "Họ và tên", "Họ tên"),
                    TabularFile.value(r, "gender", "Giới tính"),
                    TabularFile.value(r, "birthDate", "Ngày sinh"),
                    TabularFile.value(r, "admissionDate", "Ngày vào Đảng", "Ngày kết nạp"),
                    TabularFile.value(r, "officialDate", "Ngày chính thức"),
                    TabularFile.value(r, "unitCode", "Mã đơn vị", "Mã chi bộ"),
                    TabularFile.value(r, "status", "Trạng thái")));
        }
        return out;
    }

    private static final String MEMBER_COLUMNS = """
            m.id, m.card_number, m.full_name, m.gender, m.birth_date, m.admission_date, m.official_date, m.status,
            m.version, u.code as unit_code, s.name as unit_name, a.provisional""";

    /**
     * Members of the unit's subtree (or of all the caller's units) as of {@code at}, in Vietnamese order
     * (given name, then full name); {@code q} matches names without diacritics or case, or a card number.
     */
    @Transactional(readOnly = true)
    public PageResult<MemberView> search(String unitCode, String q, LocalDate at, Integer page, Integer size) {
        LocalDate date = at == null ? today() : at;
        int p = PageResult.clampPage(page);
        int n = PageResult.clampSize(size);
        AccessControl.PathFilter filter = access.filter(Permission.READ_MEMBERS, date, "s.path");
        StringBuilder where = new StringBuilder(OrgTree.bindPositional(filter));
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < filter.params().size(); i++) {
            params.put("f" + i, filter.params().get(i));
        }
        if (unitCode != null && !unitCode.isBlank()) {
            UnitRow unit = tree.find(unitCode.trim(), date).orElse(null);
            if (unit == null || !access.allows(unit.id(), Permission.READ_UNITS)) {
                throw new NotFoundException("error.unit.notFound", unitCode);
            }
            where.append(" and s.path like :prefix");
            params.put("prefix", unit.path() + "%");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (m.name_folded like :q or m.card_number = :card)");
            params.put("q", "%" + VietnameseText.fold(q).replace("%", "") + "%");
            params.put("card", q.trim());
        }
        String from = """
                from member m
                join member_assignment a on a.member_id = m.id and %s
                join org_unit_state s on s.unit_id = a.unit_id and %s
                join org_unit u on u.id = a.unit_id
                where %s""".formatted(OrgTree.validAt("a"), OrgTree.validAt("s"), where);
        var count = jdbc.sql("select count(*) " + from).param("at", date);
        var list = jdbc.sql("select " + MEMBER_COLUMNS + " " + from + " order by m.sort_key, m.id limit :lim offset :off")
                .param("at", date).param("lim", n).param("off", (long) p * n);
        for (var e : params.entrySet()) {
            count = count.param(e.getKey(), e.getValue());
            list = list.param(e.getKey(), e.getValue());
        }
        long total = count.query(Long.class).single();
        List<MemberView> items = list.query(MemberManagement::view).list();
        return new PageResult<>(items, p, n, total);
    }

    static MemberView view(ResultSet rs, int i) throws SQLException {
        return new MemberView(rs.getLong("id"), rs.getString("card_number"), rs.getString("full_name"),
                Gender.valueOf(rs.getString("gender")), rs.getObject("birth_date", LocalDate.class),
                rs.getObject("admission_date", LocalDate.class), rs.getObject("official_date", LocalDate.class),
                MemberStatus.valueOf(rs.getString("status")), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getBoolean("provisional"), rs.getLong("version"));
    }

    /** The unit a member belongs to now, or last belonged to; used for visibility. */
    private record Placement(long memberId, long unitId, String path, long assignmentId, boolean open,
            boolean provisional) {
    }

    private Placement placement(long memberId) {
        return jdbc.sql("""
                select a.member_id, a.unit_id, s.path, a.id, a.valid_to is null as open, a.provisional
                from member_assignment a
                join lateral (select path from org_unit_state s where s.unit_id = a.unit_id
                              order by s.valid_to is null desc, s.valid_from desc limit 1) s on true
                where a.member_id = ? order by a.valid_from desc, a.id desc limit 1""")
                .param(memberId)
                .query((rs, i) -> new Placement(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getBoolean(5), rs.getBoolean(6)))
                .optional().orElseThrow(() -> new NotFoundException("error.member.notFound", memberId));
    }

    private Placement visibleMember(long memberId, Permission permission) {
        Placement p = placement(memberId);
        AccessControl.Scope scope = access.scope();
        boolean self = !scope.user().isSystem() && jdbc.sql("select count(*) from app_user where id = ? and member_id = ?")
                .params(scope.user().userId(), memberId).query(Long.class).single() > 0;
        boolean one = permission == Permission.READ_MEMBERS && (self || scope.members().contains(memberId));
        if (!scope.covers(p.path(), Permission.READ_MEMBERS) && !one) {
            throw new NotFoundException("error.member.notFound", memberId);
        }
        if (!scope.covers(p.path(), permission)) {
            throw new vn.chinhdon.platform.ForbiddenException("error.forbidden");
        }
        return p;
    }

    @Transactional(readOnly = true)
    public MemberDetail member(long id) {
        Placement p = visibleMember(id, Permission.READ_MEMBERS);
        MemberView view = jdbc.sql("""
                select m.id, m.card_number, m.full_name, m.gender, m.birth_date, m.admission_date, m.official_date,
                  m.status, m.version, u.code as unit_code,
                  (select name from org_unit_state s where s.unit_id = u.id order by s.valid_to is null desc,
                     s.valid_from desc limit 1) as unit_name, a.provisional
                from member m join member_assignment a on a.id = :a join org_unit u on u.id = a.unit_id
                where m.id = :id""")
                .param("a", p.assignmentId()).param("id", id).query(MemberManagement::view).single();
        List<MemberDetail.Assignment> history = jdbc.sql("""
                select u.code, (select name from org_unit_state s where s.unit_id = u.id and s.valid_from <= a.valid_from
                   order by s.valid_from desc limit 1) as name, a.valid_from, a.valid_to, a.reason, a.provisional, a.note
                from member_assignment a join org_unit u on u.id = a.unit_id
                where a.member_id = ? order by a.valid_from desc, a.id desc""")
                .param(id)
                .query((rs, i) -> new MemberDetail.Assignment(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getBoolean(6), rs.getString(7)))
                .list();
        List<MemberDetail.StatusChange> statuses = jdbc.sql("""
                select status, effective_date, note, recorded_by from member_status_change where member_id = ?
                order by effective_date desc, id desc""")
                .param(id)
                .query((rs, i) -> new MemberDetail.StatusChange(MemberStatus.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
                .list();
        boolean canManage = access.scope().covers(p.path(), Permission.MANAGE_MEMBERS);
        return new MemberDetail(view, history, statuses, audit.history("MEMBER", id, 100), canManage);
    }

    private void bumpVersion(long id, long expectedVersion) {
        int n = jdbc.sql("update member set version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(OffsetDateTime.now(clock), id, expectedVersion).update();
        if (n == 0) {
            throw new ConflictException("error.stale");
        }
    }

    /** Corrections of a member's record. A stale version is refused ("someone changed this"). */
    @Transactional
    public MemberView update(long id, MemberEdit edit) {
        visibleMember(id, Permission.MANAGE_MEMBERS);
        List<Problem> problems = new ArrayList<>();
        String name = OrganizationManagement.text(edit.fullName(), 0, "fullName", problems);
        if ((name == null || name.isEmpty()) && problems.isEmpty()) {
            problems.add(Problem.field("fullName", "error.required.named", "fullName"));
        }
        Gender gender = Gender.parse(edit.gender());
        if (gender == null) {
            problems.add(Problem.field("gender", "error.member.gender", String.valueOf(edit.gender())));
        }
        if (edit.birthDate() == null) {
            problems.add(Problem.field("birthDate", "error.required.named", "birthDate"));
        }
        if (edit.admissionDate() == null) {
            problems.add(Problem.field("admissionDate", "error.required.named", "admissionDate"));
        }
        if (edit.birthDate() != null && edit.admissionDate() != null
                && edit.admissionDate().isBefore(edit.birthDate().plusYears(MINIMUM_AGE))) {
            problems.add(Problem.field("admissionDate", "error.member.tooYoung", MINIMUM_AGE));
        }
        if (edit.officialDate() != null && edit.admissionDate() != null && edit.officialDate().isBefore(edit.admissionDate())) {
            problems.add(Problem.field("officialDate", "error.member.officialBeforeAdmission"));
        }
        String card = VietnameseText.clean(edit.cardNumber());
        card = card == null || card.isEmpty() ? null : card;
        if (card != null && !card.matches("[0-9A-Za-z.\\-]{4,32}")) {
            problems.add(Problem.field("cardNumber", "error.member.cardFormat", card));
        } else if (card != null && jdbc.sql("select count(*) from member where card_number = ? and id <> ?")
                .params(card, id).query(Long.class).single() > 0) {
            problems.add(Problem.field("cardNumber", "error.member.cardTaken", card));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<String, Object> before = jdbc.sql("""
                select full_name, card_number, gender, birth_date, admission_date, official_date from member where id = ?""")
                .param(id).query().singleRow();
        bumpVersion(id, edit.version());
        jdbc.sql("""
                update member set full_name = ?, name_folded = ?, sort_key = ?, card_number = ?, gender = ?, birth_date = ?,
                  admission_date = ?, official_date = ? where id = ?""")
                .params(name, VietnameseText.fold(name), VietnameseSortKey.ofPersonName(name), card, gender.name(),
                        edit.birthDate(), edit.admissionDate(), edit.officialDate(), id)
                .update();
        Map<String, Object> changes = new LinkedHashMap<>();
        diff(changes, "fullName", before.get("full_name"), name);
        diff(changes, "cardNumber", before.get("card_number"), card);
        diff(changes, "gender", before.get("gender"), gender.name());
        diff(changes, "birthDate", String.valueOf(before.get("birth_date")), String.valueOf(edit.birthDate()));
        diff(changes, "admissionDate", String.valueOf(before.get("admission_date")), String.valueOf(edit.admissionDate()));
        diff(changes, "officialDate", String.valueOf(before.get("official_date")), String.valueOf(edit.officialDate()));
        audit.record("MEMBER_UPDATED", "MEMBER", id, placement(id).unitId(), "Sửa hồ sơ đảng viên " + name, changes);
        return member(id).member();
    }

    private static void diff(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before == null ? null : String.valueOf(before), after == null ? null : String.valueOf(after))) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("from", before);
            c.put("to", after);
            changes.put(field, c);
        }
    }

    /** The editable fields of a member, with the version the editor read. */
    public record MemberEdit(String fullName, String cardNumber, String gender, LocalDate birthDate,
            LocalDate admissionDate, LocalDate officialDate, long version) {
    }

    /** Moves a member to another cell from a date; the history keeps the old cell. */
    @Transactional
    public MemberView transfer(long id, String toUnitCode, LocalDate date, String note, long version) {
        Placement p = visibleMember(id, Permission.MANAGE_MEMBERS);
        if (date == null) {
            throw ValidationException.of("date", "error.required.named", "date");
        }
        if (!p.open()) {
            throw ValidationException.of("unitCode", "error.member.notActive");
        }
        UnitRow to = toUnitCode == null ? null : tree.find(toUnitCode.trim(), date).orElse(null);
        if (to == null || !access.allows(to.id(), Permission.READ_UNITS)) {
            throw ValidationException.of("unitCode", "error.unit.notFound", toUnitCode);
        }
        if (!to.activeAt(date)) {
            throw ValidationException.of("unitCode", "error.unit.ended", toUnitCode);
        }
        if (!access.allows(to.id(), Permission.MANAGE_MEMBERS)) {
            throw ValidationException.of("unitCode", "error.forbiddenUnit", toUnitCode);
        }
        if (to.id() == p.unitId()) {
            throw ValidationException.of("unitCode", "error.member.sameUnit");
        }
        LocalDate from = jdbc.sql("select valid_from from member_assignment where id = ?").param(p.assignmentId())
                .query(LocalDate.class).single();
        if (!date.isAfter(from)) {
            throw ValidationException.of("date", "error.member.transferDate", from);
        }
        bumpVersion(id, version);
        jdbc.sql("update member_assignment set valid_to = ? where id = ?").params(date, p.assignmentId()).update();
        jdbc.sql("""
                insert into member_assignment (id, member_id, unit_id, valid_from, reason, note)
                values (nextval('org_seq'), ?, ?, ?, 'TRANSFER', ?)""")
                .params(id, to.id(), date, VietnameseText.clean(note)).update();
        audit.record("MEMBER_TRANSFERRED", "MEMBER", id, to.id(), "Chuyển sinh hoạt đến " + to.name() + " từ ngày " + date,
                Map.of("fromUnit", p.unitId(), "toUnit", to.code(), "date", date.toString()));
        return member(id).member();
    }

    /** Records a status change; leaving the Party (moved away, expelled, deceased) closes the cell membership. */
    @Transactional
    public MemberView changeStatus(long id, String statusValue, LocalDate date, String note, long version) {
        Placement p = visibleMember(id, Permission.MANAGE_MEMBERS);
        MemberStatus status = MemberStatus.parse(statusValue);
        if (status == null) {
            throw ValidationException.of("status", "error.member.status", String.valueOf(statusValue));
        }
        if (date == null) {
            throw ValidationException.of("date", "error.required.named", "date");
        }
        bumpVersion(id, version);
        jdbc.sql("update member set status = ? where id = ?").params(status.name(), id).update();
        jdbc.sql("""
                insert into member_status_change (id, member_id, status, effective_date, note, recorded_at, recorded_by)
                values (nextval('org_seq'), ?, ?, ?, ?, ?, ?)""")
                .params(id, status.name(), date, VietnameseText.clean(note), OffsetDateTime.now(clock),
                        CurrentUser.require().getUsername())
                .update();
        if (status.leavesParty() && p.open()) {
            jdbc.sql("update member_assignment set valid_to = greatest(valid_from + 1, ?) where id = ?")
                    .params(date, p.assignmentId()).update();
        }
        audit.record("MEMBER_STATUS", "MEMBER", id, p.unitId(), "Trạng thái: " + status + " từ ngày " + date,
                Map.of("status", status.name(), "date", date.toString()));
        return member(id).member();
    }

    /**
     * Members placed by a rule after a split or partial merge, waiting for a user to confirm or re-assign
     * them, within the unit's subtree.
     */
    @Transactional(readOnly = true)
    public PageResult<MemberView> toConfirm(String unitCode, Integer page, Integer size) {
        LocalDate date = today();
        int p = PageResult.clampPage(page);
        int n = PageResult.clampSize(size);
        AccessControl.PathFilter filter = access.filter(Permission.MANAGE_MEMBERS, date, "s.path");
        UnitRow unit = tree.find(unitCode, date).orElse(null);
        if (unit == null || !access.allows(unit.id(), Permission.READ_UNITS)) {
            throw new NotFoundException("error.unit.notFound", unitCode);
        }
        String from = """
                from member m join member_assignment a on a.member_id = m.id and a.valid_to is null and a.provisional
                join org_unit_state s on s.unit_id = a.unit_id and s.valid_to is null
                join org_unit u on u.id = a.unit_id
                where s.path like :prefix and %s""".formatted(OrgTree.bindPositional(filter));
        var count = jdbc.sql("select count(*) " + from).param("prefix", unit.path() + "%");
        var list = jdbc.sql("select " + MEMBER_COLUMNS + " " + from + " order by m.sort_key, m.id limit :lim offset :off")
                .param("prefix", unit.path() + "%").param("lim", n).param("off", (long) p * n);
        for (int i = 0; i < filter.params().size(); i++) {
            count = count.param("f" + i, filter.params().get(i));
            list = list.param("f" + i, filter.params().get(i));
        }
        return new PageResult<>(list.query(MemberManagement::view).list(), p, n, count.query(Long.class).single());
    }

    /**
     * Confirms (same unit) or corrects (another unit) the placement a restructuring rule chose. The
     * correction replaces the placement from the same date: it is not a transfer.
     */
    @Transactional
    public MemberView confirmPlacement(long id, String unitCode, long version) {
        Placement p = visibleMember(id, Permission.MANAGE_MEMBERS);
        if (!p.provisional() || !p.open()) {
            throw ValidationException.of("unitCode", "error.member.notProvisional");
        }
        UnitRow to = unitCode == null || unitCode.isBlank() ? null : tree.find(unitCode.trim(), today()).orElse(null);
        long target = p.unitId();
        if (to != null) {
            if (!access.allows(to.id(), Permission.MANAGE_MEMBERS) || !to.activeAt(today())) {
                throw ValidationException.of("unitCode", "error.unit.notFound", unitCode);
            }
            target = to.id();
        } else if (unitCode != null && !unitCode.isBlank()) {
            throw ValidationException.of("unitCode", "error.unit.notFound", unitCode);
        }
        bumpVersion(id, version);
        jdbc.sql("update member_assignment set unit_id = ?, provisional = false, reason = ?, note = ? where id = ?")
                .params(target, target == p.unitId() ? "RESTRUCTURING" : "REASSIGNED",
                        target == p.unitId() ? "Đã xác nhận" : "Điều chỉnh sau sắp xếp", p.assignmentId())
                .update();
        audit.record(target == p.unitId() ? "MEMBER_PLACEMENT_CONFIRMED" : "MEMBER_REASSIGNED", "MEMBER", id, target,
                target == p.unitId() ? "Xác nhận nơi sinh hoạt sau sắp xếp" : "Điều chỉnh nơi sinh hoạt sau sắp xếp",
                Map.of("fromUnit", p.unitId(), "toUnit", target));
        return member(id).member();
    }
}
