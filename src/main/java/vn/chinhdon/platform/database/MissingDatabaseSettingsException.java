package vn.chinhdon.platform.database;

import java.util.List;

/** Production refuses to start without its database settings; the message names each one. */
class MissingDatabaseSettingsException extends RuntimeException {

    private final List<String> missing;

    MissingDatabaseSettingsException(List<String> missing) {
        super("Missing database settings: " + String.join(", ", missing)
                + ". Production mode needs an external PostgreSQL (or start in dev mode with --spring.profiles.active=dev).");
        this.missing = List.copyOf(missing);
    }

    List<String> missing() {
        return missing;
    }
}
