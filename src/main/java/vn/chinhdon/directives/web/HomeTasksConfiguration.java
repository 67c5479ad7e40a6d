package vn.chinhdon.directives.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chinhdon.directives.ObligationReminders;
import vn.chinhdon.platform.HomeCards;

/**
 * The "Việc cần làm" card of the home page: the reminders and late notices of the last 30 days for the
 * caller's units. The home page belongs to the organization module, which may not depend on this one, so
 * the card's data is added to the home view here, as the model attribute {@code tasks}.
 */
@Configuration(proxyBeanMethods = false)
class HomeTasksConfiguration implements WebMvcConfigurer {

    static final int DAYS = 30;

    private final ObligationReminders reminders;
    private final Clock clock;

    HomeTasksConfiguration(ObligationReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Reminders ("Sắp đến hạn") and late notices ("Quá hạn"), newest first. */
    public record Tasks(List<ObligationReminders.Notice> reminders, List<ObligationReminders.Notice> late) {

        public boolean isEmpty() {
            return reminders.isEmpty() && late.isEmpty();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        HomeCards.register(registry, "tasks", () -> {
            LocalDate today = LocalDate.now(clock);
            List<ObligationReminders.Notice> all = reminders.notices(today.minusDays(DAYS));
            // a notice whose obligation is done or exempt by now is no longer a task
            List<ObligationReminders.Notice> open = all.stream().filter(n -> "OPEN".equals(n.state())).toList();
            return new Tasks(open.stream().filter(n -> "REMINDER".equals(n.kind()) && !n.dueOn().isBefore(today)).limit(20)
                    .toList(), open.stream().filter(n -> "LATE".equals(n.kind())).limit(20).toList());
        });
    }
}
