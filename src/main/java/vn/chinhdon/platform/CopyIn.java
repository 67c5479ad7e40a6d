package vn.chinhdon.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Large inserts through PostgreSQL's {@code COPY ... FROM STDIN} on the connection of the current
 * transaction: one statement (so statement-level triggers run once) and no bind parameters, for imports
 * of hundreds of thousands of rows. Rows are collected in PostgreSQL's text format by {@link Rows}.
 */
@Component
public class CopyIn {

    private final DataSource dataSource;
    private final SQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

    CopyIn(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies the rows into the table's columns; returns the number of rows PostgreSQL copied. */
    public long copy(String table, String columns, Rows rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin", rows.reader(), 1 << 16);
        } catch (SQLException e) {
            throw translator.translate("COPY " + table, null, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Rows in COPY text format: tab-separated, {@code \N} for NULL, backslash escapes. */
    public static final class Rows {

        private final StringBuilder text = new StringBuilder(1 << 16);
        private int count;

        /** Appends one row; {@code null} is SQL NULL. */
        public Rows add(Object... values) {
            append(text, values);
            count++;
            return this;
        }

        public int count() {
            return count;
        }

        Reader reader() {
            return new java.io.StringReader(text.toString());
        }

        /** Appends one row in COPY text format to {@code out}. */
        public static void append(Appendable out, Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        out.append('\t');
                    }
                    Object v = values[i];
                    if (v == null) {
                        out.append("\\N");
                    } else if (v instanceof String s) {
                        escape(out, s);
                    } else if (v instanceof Boolean b) {
                        out.append(b ? "t" : "f");
                    } else if (v instanceof LocalDate || v instanceof OffsetDateTime || v instanceof Number) {
                        out.append(v.toString());
                    } else {
                        escape(out, v.toString());
                    }
                }
                out.append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void escape(Appendable out, String s) throws IOException {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }
}
