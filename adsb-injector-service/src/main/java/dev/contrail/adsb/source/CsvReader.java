package dev.contrail.adsb.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * CSV files of timestamped frames. Accepted layouts (optional UTF-8 BOM, optional quotes):
 *
 * <pre>
 * unix_seconds,hex                       e.g. 1457996400.25,8D406B902015A678D4D220AA4BDA
 * unix_seconds,"hex","icao",typecode     pyModeS sample_data_adsb.csv
 * unix_seconds,icao,hex                  pyModeS sample_data_commb_*.csv
 * </pre>
 *
 * The first field is the time; the frame is the first later field that is 14 or 28 hex digits.
 * Header and malformed lines are skipped.
 */
public final class CsvReader implements FrameReader {

    private final LineReader lines;

    public CsvReader(InputStream in) {
        this.lines = new LineReader(in);
    }

    @Override
    public SourceFrame next() throws IOException {
        return lines.nextFrame(CsvReader::parse);
    }

    static SourceFrame parse(byte[] line, int length) {
        int start = skipBom(line, length);
        int comma = indexOf(line, start, length, ',');
        if (comma < 0) {
            return null;
        }
        long millis = parseMillis(line, start, comma);
        if (millis == Long.MIN_VALUE) {
            return null;
        }
        int from = comma + 1;
        while (from <= length) {
            int to = indexOf(line, from, length, ',');
            int end = to < 0 ? length : to;
            int a = from;
            int b = end;
            while (a < b && (line[a] == '"' || line[a] == ' ')) {
                a++;
            }
            while (b > a && (line[b - 1] == '"' || line[b - 1] == ' ')) {
                b--;
            }
            if (b - a == 14 || b - a == 28) {
                byte[] bytes = Hex.bytes(line, a, b - a);
                if (bytes != null) {
                    return new SourceFrame(bytes, millis, TimestampKind.UNIX_MILLIS, -1);
                }
            }
            if (to < 0) {
                break;
            }
            from = to + 1;
        }
        return null;
    }

    private static int skipBom(byte[] line, int length) {
        boolean bom = length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
        return bom ? 3 : 0;
    }

    private static int indexOf(byte[] line, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (line[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Decimal seconds with up to 3 fraction digits used, as epoch millis; MIN_VALUE if invalid. */
    static long parseMillis(byte[] line, int from, int to) {
        long seconds = 0;
        long fraction = 0;
        int fractionDigits = 0;
        boolean dot = false;
        boolean digits = false;
        for (int i = from; i < to; i++) {
            int c = line[i];
            if (c == '.' && !dot) {
                dot = true;
            } else if (c >= '0' && c <= '9') {
                digits = true;
                if (!dot) {
                    seconds = seconds * 10 + (c - '0');
                } else if (fractionDigits < 3) {
                    fraction = fraction * 10 + (c - '0');
                    fractionDigits++;
                }
            } else if (c != '"' && c != ' ') {
                return Long.MIN_VALUE;
            }
        }
        if (!digits || seconds > 100_000_000_000L) {
            return Long.MIN_VALUE;
        }
        while (fractionDigits++ < 3) {
            fraction *= 10;
        }
        return seconds * 1000 + fraction;
    }
}
