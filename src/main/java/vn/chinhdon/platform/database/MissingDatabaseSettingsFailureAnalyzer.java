package vn.chinhdon.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing database setting into a short, readable startup failure. */
class MissingDatabaseSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingDatabaseSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingDatabaseSettingsException cause) {
        return new FailureAnalysis(
                "Chỉnh Đốn is starting in production mode and these database settings are missing: "
                        + String.join(", ", cause.missing()) + ".",
                "Set " + String.join(", ", cause.missing())
                        + " (environment variables or --spring.datasource.* arguments) to point at PostgreSQL 15 or newer,"
                        + " or start dev mode with --spring.profiles.active=dev, which runs an embedded PostgreSQL.",
                cause);
    }
}
