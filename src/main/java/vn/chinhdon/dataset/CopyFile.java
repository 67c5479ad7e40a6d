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
import java.time.LocalDate;
import org.postgresql.PGConnection;

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
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                Object v = values[i];
                if (v == null) {
                    out.write("\\N");
                } else if (v instanceof String s) {
                    escape(s);
                } else if (v instanceof Boolean b) {
                    out.write(b ? "t" : "f");
                } else if (v instanceof LocalDate d) {
                    out.write(d.toString());
                } else {
                    out.write(v.toString());
                }
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void escape(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
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
