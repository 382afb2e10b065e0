package dev.contrail.messaging;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} (text format), sent in the caller's
 * transaction. A subscriber writes thousands of rows per poll; COPY stores them in bulk, with a
 * fraction of the per-row work and WAL of an {@code INSERT} (PostgreSQL writes many tuples per WAL
 * record). COPY has no {@code ON CONFLICT}: a duplicate key fails the statement, so callers copy
 * only rows they know to be new.
 */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder();
    private int rows;
    private boolean rowStarted;

    /** Adds a value to the current row; null is SQL NULL. */
    public CopyRows value(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        switch (value) {
            case null -> text.append("\\N");
            case Boolean b -> text.append(b ? 't' : 'f');
            case Long n -> text.append(n.longValue());
            case Integer n -> text.append(n.intValue());
            case Double n -> text.append(n.doubleValue());
            case UUID uuid -> text.append(uuid); // hex digits and dashes: nothing to escape
            case Instant instant -> text.append(instant); // ISO 8601 with Z: a timestamptz in UTC
            default -> escape(value.toString());
        }
        return this;
    }

    /** Ends the current row. */
    public CopyRows endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    /** Copies the rows into the table's columns, e.g. {@code track_points (global_position, icao)}; returns the rows copied. */
    public long copyInto(JdbcTemplate jdbc, String tableAndColumns) {
        if (rows == 0) {
            return 0;
        }
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy " + tableAndColumns + " from stdin", new StringReader(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return copied == null ? 0 : copied;
    }

    /** Backslash, tab, newline and carriage return are the text format's special characters. */
    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
