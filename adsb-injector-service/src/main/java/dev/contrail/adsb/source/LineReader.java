package dev.contrail.adsb.source;

import java.io.IOException;
import java.io.InputStream;

/** Reads ASCII lines (LF or CRLF) into a reusable buffer; over-long lines are truncated. */
final class LineReader {

    private static final int MAX_LINE = 512;
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int pos;
    private int limit;
    final byte[] line = new byte[MAX_LINE];
    int length;

    /** Parses one line (without terminator) into a frame, or null when it is not one. */
    interface LineParser {
        SourceFrame parse(byte[] line, int length);
    }

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line that parses into a frame, skipping those that do not; null at end of input. */
    SourceFrame nextFrame(LineParser parser) throws IOException {
        while (next()) {
            SourceFrame frame = parser.parse(line, length);
            if (frame != null) {
                return frame;
            }
        }
        return null;
    }

    /** Reads the next line into {@link #line}; false at end of input. */
    boolean next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any;
                }
            }
            byte b = buffer[pos++];
            any = true;
            if (b == '\n') {
                return true;
            }
            if (b != '\r' && length < MAX_LINE) {
                line[length++] = b;
            }
        }
    }
}
