package vn.chinhdon.bench;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.chinhdon.ChinhDonApplication;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.CurrentUser;

/**
 * One Spring context (dev mode on the generated data directory, no demo data) for every in-process
 * benchmark of the run: JMH runs them in this JVM ({@code forks = 0}) so the context starts once.
 */
final class BenchContext {

    /** The date the figures are asked for ("today" of the dataset). */
    static final LocalDate AT = LocalDate.of(2026, 11, 22);

    private static ConfigurableApplicationContext context;

    private BenchContext() {
    }

    static synchronized ConfigurableApplicationContext get() {
        if (context == null) {
            String dir = System.getProperty("bench.data-dir", "/tmp/province");
            context = new SpringApplicationBuilder(ChinhDonApplication.class)
                    .run("--spring.profiles.active=dev", "--chinhdon.demo-data=false", "--chinhdon.data-dir=" + dir,
                            "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        }
        return context;
    }

    static <T> T bean(Class<T> type) {
        return get().getBean(type);
    }

    /**
     * Runs as the account {@code bench-staff-<unit>}, committee staff with one grant on the unit, created
     * on first use (through the facade, as the system): the grants are then read as for a real caller.
     */
    static <T> T asStaffOf(String unitCode, Supplier<T> work) {
        CurrentUser user = STAFF.computeIfAbsent(unitCode, code -> asSystem(() -> {
            UserManagement users = bean(UserManagement.class);
            String username = "bench-staff-" + code.toLowerCase(java.util.Locale.ROOT);
            try {
                return (CurrentUser) users.loadUserByUsername(username);
            } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
                users.create(new UserManagement.NewUser(username, "bench-password-2026", "Cán bộ văn phòng " + code, null,
                        java.util.List.of(new UserManagement.GrantRequest("COMMITTEE_STAFF", code))));
                return (CurrentUser) users.loadUserByUsername(username);
            }
        }));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static final java.util.Map<String, CurrentUser> STAFF = new java.util.concurrent.ConcurrentHashMap<>();

    /** Runs as the system caller (the facades check grants; the system may read everything). */
    static <T> T asSystem(Supplier<T> work) {
        Object[] out = new Object[1];
        CurrentUser.runAsSystem(() -> out[0] = work.get());
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
