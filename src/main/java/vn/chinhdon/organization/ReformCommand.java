package vn.chinhdon.organization;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chinhdon.platform.CurrentUser;

/**
 * The July 2025 reform as a command: {@code --chinhdon.reform.units=<units-2025-03-01.json>
 * --chinhdon.reform.merges=<merges-2025-07-01.json>} imports the pre-reform tree and applies the
 * restructuring through the facades, printing how long each step took. Runs only when both are given.
 */
@Component
@Order(20)
class ReformCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReformCommand.class);

    private final OrganizationManagement organization;
    private final String units;
    private final String merges;

    ReformCommand(OrganizationManagement organization, @Value("${chinhdon.reform.units:}") String units,
            @Value("${chinhdon.reform.merges:}") String merges) {
        this.organization = organization;
        this.units = units;
        this.merges = merges;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (units.isBlank() || merges.isBlank()) {
            return;
        }
        AdministrativeReform reform;
        try (InputStream u = new FileInputStream(Path.of(units).toFile());
                InputStream m = new FileInputStream(Path.of(merges).toFile())) {
            reform = AdministrativeReform.read(u, m, true);
        }
        CurrentUser.runAsSystem(() -> {
            long t0 = System.nanoTime();
            int created = organization.importUnits(reform.units(), 1);
            long t1 = System.nanoTime();
            var result = organization.restructure(reform.restructuring());
            long t2 = System.nanoTime();
            var after = organization.summary(AdministrativeReform.ROOT, AdministrativeReform.EFFECTIVE);
            log.info("Reform: imported {} units in {} ms; restructuring {} ({} operations, {} members moved, {} to confirm) in {} ms; "
                    + "on {}: {}", created, (t1 - t0) / 1_000_000, result.id(), result.applied(), result.membersMoved(),
                    result.membersToConfirm(), (t2 - t1) / 1_000_000, AdministrativeReform.EFFECTIVE, after.units());
        });
    }
}
