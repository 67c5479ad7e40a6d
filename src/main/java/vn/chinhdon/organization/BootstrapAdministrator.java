package vn.chinhdon.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chinhdon.platform.CurrentUser;

/**
 * First start: {@code CHINHDON_BOOTSTRAP_ADMIN_USERNAME} / {@code CHINHDON_BOOTSTRAP_ADMIN_PASSWORD}
 * create the first administrator if there is none yet (both modes). Later starts change nothing.
 */
@Component
@Order(0)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserManagement users;
    private final String username;
    private final String password;

    BootstrapAdministrator(UserManagement users, @Value("${chinhdon.bootstrap.admin.username:}") String username,
            @Value("${chinhdon.bootstrap.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            return;
        }
        CurrentUser.runAsSystem(() -> {
            if (users.bootstrapAdministrator(username, password)) {
                log.info("Created the first administrator '{}'", username);
            }
        });
    }
}
