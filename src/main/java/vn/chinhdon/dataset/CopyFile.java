package vn.chinhdon.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import vn.chinhdon.platform.CopyIn;

/**
 * Rows of one table in PostgreSQL's COPY text format, streamed to a file while generating and then
 * streamed into the table with {@code COPY ... FROM STDIN} (the files keep memory flat: no table is
 * ever held in memory).
 */
final class CopyFile implements AutoCloseable {

    final String table;
    final String columns;
    final Path path;
    private final BufferedWriter out;
    long rows;

    CopyFile(Path dir, String table, String columns) {
        this.table = table;
        this.columns = columns;
        this.path = dir.resolve(table + ".copy");
        try {
            this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; {@code null} is SQL NULL. */
    void row(Object... values) {
        CopyIn.Rows.append(out, values);
        rows++;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the file into the table; returns the rows PostgreSQL reports as copied. */
    long load(Connection connection) throws SQLException, IOException {
        close();
        try (InputStream in = Files.newInputStream(path)) {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin", in, 1 << 16);
        }
    }

    long bytes() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }
}
