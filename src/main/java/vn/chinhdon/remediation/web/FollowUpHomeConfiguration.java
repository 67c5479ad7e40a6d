package vn.chinhdon.remediation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chinhdon.platform.HomeCards;
import vn.chinhdon.remediation.FollowUpReminders;
import vn.chinhdon.remediation.FollowUpState;

/**
 * The home page's follow-up card (model attribute {@code followUpTasks}): the escalations (late tasks of the
 * units below) and reminders (deadlines coming) of the last 30 days for the caller's units, of tasks not
 * settled since. The home page belongs to the organization module, which may not depend on this one.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpHomeConfiguration implements WebMvcConfigurer {

    static final int DAYS = 30;

    private final FollowUpReminders reminders;
    private final Clock clock;

    FollowUpHomeConfiguration(FollowUpReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Escalations ("Khắc phục quá hạn") and reminders ("Khắc phục sắp đến hạn"), newest first. */
    public record Tasks(List<FollowUpReminders.Notice> escalations, List<FollowUpReminders.Notice> reminders) {

        public boolean isEmpty() {
            return escalations.isEmpty() && reminders.isEmpty();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        HomeCards.register(registry, "followUpTasks", () -> {
            LocalDate today = LocalDate.now(clock);
            List<FollowUpReminders.Notice> all = reminders.notices(today.minusDays(DAYS));
            return new Tasks(
                    all.stream().filter(n -> "ESCALATION".equals(n.kind()) && n.state() != FollowUpState.VERIFIED)
                            .limit(20).toList(),
                    all.stream().filter(n -> "REMINDER".equals(n.kind()) && n.state().awaitsOwner()
                            && !n.deadline().isBefore(today)).limit(20).toList());
        });
    }
}
