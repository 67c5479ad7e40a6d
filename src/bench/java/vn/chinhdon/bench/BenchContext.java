package vn.chinhdon.bench;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chinhdon.ChinhDonApplication;
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

    /** Runs as the system caller (the facades check grants; the system may read everything). */
    static <T> T asSystem(Supplier<T> work) {
        Object[] out = new Object[1];
        CurrentUser.runAsSystem(() -> out[0] = work.get());
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
