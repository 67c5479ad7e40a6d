package vn.chinhdon.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.PageResult;
import vn.chinhdon.shared.VietnameseText;

/** Accounts and their grants (administrators only), and the login lookup. */
@Service
public class UserManagement implements UserDetailsService {

    static final int MIN_PASSWORD = 8;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AccessControl access;
    private final AuditLog audit;
    private final OrgTree tree;
    private final Clock clock;

    UserManagement(JdbcClient jdbc, PasswordEncoder encoder, AccessControl access, AuditLog audit, OrgTree tree,
            Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.access = access;
        this.audit = audit;
        this.tree = tree;
        this.clock = clock;
    }

    /**
     * Runs the work as the account, with its grants, so that what it records is attributed to that person (demo data
     * replaying a story as the people concerned).
     */
    public void runAs(String username, Runnable work) {
        Object[] user = new Object[1];
        CurrentUser.runAsSystem(() -> user[0] = loadUserByUsername(username));
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user[0], null, List.of()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select id, username, password_hash, display_name, enabled from app_user where lower(username) = lower(?)")
                .param(username == null ? "" : username.trim())
                .query((rs, i) -> new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)))
                .optional().orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** One grant in a request: a role and the code of the unit (none for ADMIN). */
    public record GrantRequest(String role, String unitCode) {
    }

    /** A new account. */
    public record NewUser(String username, String password, String displayName, Long memberId,
            List<GrantRequest> grants) {
    }

    @Transactional
    public UserView create(NewUser request) {
        access.requireAdmin();
        return createUnchecked(request);
    }

    /** Creates an account without a caller check: first start (bootstrap administrator) and demo data only. */
    @Transactional
    UserView createUnchecked(NewUser request) {
        List<Problem> problems = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().trim();
        if (!username.matches("[A-Za-z0-9._@\\-]{3,100}")) {
            problems.add(Problem.field("username", "error.user.username"));
        } else if (jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0) {
            problems.add(Problem.field("username", "error.user.taken", username));
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD) {
            problems.add(Problem.field("password", "error.user.password", MIN_PASSWORD));
        }
        String displayName = VietnameseText.clean(request.displayName());
        if (displayName == null || displayName.isEmpty()) {
            problems.add(Problem.field("displayName", "error.required.named", "displayName"));
        }
        List<Object[]> grants = resolveGrants(request.grants(), problems);
        if (request.memberId() != null && jdbc.sql("select count(*) from member where id = ?").param(request.memberId())
                .query(Long.class).single() == 0) {
            problems.add(Problem.field("memberId", "error.member.notFound", request.memberId()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into app_user (id, username, password_hash, display_name, member_id, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, username, encoder.encode(request.password()), displayName, request.memberId(),
                        OffsetDateTime.now(clock))
                .update();
        for (Object[] g : grants) {
            insertGrant(id, (Role) g[0], (Long) g[1]);
        }
        audit.record("USER_CREATED", "USER", id, null, "Tạo tài khoản " + username,
                Map.of("grants", grants.stream().map(g -> g[0] + "@" + (g[2] == null ? "*" : g[2])).toList()));
        return find(id);
    }

    private void insertGrant(long userId, Role role, Long unitId) {
        jdbc.sql("insert into user_grant (id, user_id, role, unit_id) values (nextval('org_seq'), ?, ?, ?)")
                .params(userId, role.name(), unitId).update();
        access.grantsChanged();
    }

    private List<Object[]> resolveGrants(List<GrantRequest> requests, List<Problem> problems) {
        List<Object[]> out = new ArrayList<>();
        if (requests == null) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < requests.size(); i++) {
            GrantRequest g = requests.get(i);
            Role role = g == null ? null : Role.parse(g.role());
            if (role == null) {
                problems.add(Problem.field("grants[" + i + "].role", "error.user.role", g == null ? "" : g.role()));
                continue;
            }
            if (role == Role.ADMIN) {
                out.add(new Object[] {role, null, null});
                continue;
            }
            OrgTree.UnitRow unit = g.unitCode() == null ? null : tree.find(g.unitCode().trim(), today).orElse(null);
            if (unit == null) {
                problems.add(Problem.field("grants[" + i + "].unitCode", "error.unit.notFound", g.unitCode()));
            } else if (!unit.activeAt(today)) {
                problems.add(Problem.field("grants[" + i + "].unitCode", "error.unit.ended", g.unitCode()));
            } else {
                out.add(new Object[] {role, unit.id(), unit.code()});
            }
        }
        return out;
    }

    @Transactional(readOnly = true)
    public UserView find(long id) {
        access.requireAdminOrSelf(id);
        UserView user = jdbc.sql("select id, username, display_name, enabled, member_id, version from app_user where id = ?")
                .param(id)
                .query((rs, i) -> new UserView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        (Long) rs.getObject(5), List.of(), rs.getLong(6)))
                .optional().orElseThrow(() -> new NotFoundException("error.user.notFound", id));
        return withGrants(List.of(user)).get(0);
    }

    @Transactional(readOnly = true)
    public PageResult<UserView> list(String q, Integer page, Integer size) {
        access.requireAdmin();
        int p = PageResult.clampPage(page);
        int n = PageResult.clampSize(size);
        // usernames are ASCII: match them folded; display names are Vietnamese: match them as typed (NFC, any case)
        String like = "%" + (q == null ? "" : VietnameseText.fold(q)) + "%";
        String name = "%" + (q == null ? "" : VietnameseText.clean(q).toLowerCase(java.util.Locale.ROOT)) + "%";
        long total = jdbc.sql("select count(*) from app_user where lower(username) like ? or lower(display_name) like ?")
                .params(like, name).query(Long.class).single();
        List<UserView> users = jdbc.sql("""
                select id, username, display_name, enabled, member_id, version from app_user
                where lower(username) like ? or lower(display_name) like ? order by username limit ? offset ?""")
                .params(like, name, n, (long) p * n)
                .query((rs, i) -> new UserView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        (Long) rs.getObject(5), List.of(), rs.getLong(6)))
                .list();
        return new PageResult<>(withGrants(users), p, n, total);
    }

    private List<UserView> withGrants(List<UserView> users) {
        if (users.isEmpty()) {
            return users;
        }
        Map<Long, List<UserView.GrantView>> grants = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                select g.user_id, g.role, u.code,
                  (select name from org_unit_state s where s.unit_id = u.id order by s.valid_to is null desc, s.valid_from desc limit 1)
                from user_grant g left join org_unit u on u.id = g.unit_id where g.user_id in (:ids) order by g.role, u.code""")
                .param("ids", users.stream().map(UserView::id).toList())
                .query(rs -> {
                    grants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new UserView.GrantView(Role.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                });
        return users.stream().map(u -> new UserView(u.id(), u.username(), u.displayName(), u.enabled(), u.memberId(),
                grants.getOrDefault(u.id(), List.of()), u.version())).toList();
    }

    @Transactional
    public UserView addGrant(long userId, GrantRequest grant) {
        access.requireAdmin();
        UserView user = find(userId);
        List<Problem> problems = new ArrayList<>();
        List<Object[]> resolved = resolveGrants(List.of(grant), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Object[] g = resolved.get(0);
        boolean exists = user.grants().stream().anyMatch(x -> x.role() == g[0]
                && java.util.Objects.equals(x.unitCode(), g[2]));
        if (exists) {
            throw new ConflictException("error.user.grantExists");
        }
        insertGrant(userId, (Role) g[0], (Long) g[1]);
        audit.record("GRANT_ADDED", "USER", userId, (Long) g[1], "Cấp quyền " + g[0] + " tại " + (g[2] == null ? "toàn hệ thống" : g[2]),
                null);
        return find(userId);
    }

    @Transactional
    public UserView removeGrant(long userId, String role, String unitCode) {
        access.requireAdmin();
        find(userId);
        Role r = Role.parse(role);
        int n = jdbc.sql("""
                delete from user_grant g where g.user_id = ? and g.role = ?
                  and (g.unit_id is null and ? is null or g.unit_id = (select id from org_unit where code = ?))""")
                .params(userId, r == null ? "" : r.name(), unitCode, unitCode).update();
        if (n == 0) {
            throw new NotFoundException("error.user.grantNotFound");
        }
        access.grantsChanged();
        if (r == Role.ADMIN && jdbc.sql("select count(*) from user_grant where role = 'ADMIN'").query(Long.class).single() == 0) {
            throw new ConflictException("error.user.lastAdmin");
        }
        audit.record("GRANT_REMOVED", "USER", userId, null, "Thu hồi quyền " + role + " tại " + unitCode, null);
        return find(userId);
    }

    @Transactional
    public UserView setEnabled(long userId, boolean enabled, long version) {
        access.requireAdmin();
        if (CurrentUser.require().userId() == userId && !enabled) {
            throw new ConflictException("error.user.selfDisable");
        }
        int n = jdbc.sql("update app_user set enabled = ?, version = version + 1 where id = ? and version = ?")
                .params(enabled, userId, version).update();
        if (n == 0) {
            find(userId);
            throw new ConflictException("error.stale");
        }
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "USER", userId, null,
                enabled ? "Mở khóa tài khoản" : "Khóa tài khoản", null);
        return find(userId);
    }

    /** Creates the first administrator if there is none yet (first start, both modes). */
    @Transactional
    public boolean bootstrapAdministrator(String username, String password) {
        long admins = jdbc.sql("select count(*) from user_grant where role = 'ADMIN'").query(Long.class).single();
        if (admins > 0) {
            return false;
        }
        createUnchecked(new NewUser(username, password, "Quản trị hệ thống", null,
                List.of(new GrantRequest("ADMIN", null))));
        return true;
    }

    /**
     * The member the caller's account is linked to (null for the system, or an account of no member), read once per
     * HTTP request: every "is this about me" check of a use case asks it.
     */
    public Long callerMemberId() {
        CurrentUser me = CurrentUser.require();
        if (me.isSystem()) {
            return null;
        }
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        String key = UserManagement.class.getName() + "#member#" + me.userId();
        int scope = org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST;
        if (request != null && request.getAttribute(key, scope) instanceof Long[] cached) {
            return cached[0];
        }
        Long member = jdbc.sql("select member_id from app_user where id = ?").param(me.userId()).query(Long.class)
                .optional().orElse(null);
        if (request != null) {
            request.setAttribute(key, new Long[] {member}, scope);
        }
        return member;
    }

    /** Whether any account exists (demo data is created only into an empty database). */
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

}
