package dev.contrail.adsb.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * AVR text as dump1090/readsb write it on port 30002, one frame per line (LF or CRLF):
 *
 * <pre>
 * *8D4840D6202CC371C32CE0576098;          raw frame (also with ':' instead of '*')
 * &#64;0123456789AB8D4840D6202CC371C32CE0576098;   12 hex digits of a 12 MHz timestamp, then the frame
 * %0123456789AB8D4840D6202CC371C32CE0576098;   same as '&#64;'
 * &lt;0123456789ABFF8D4840D6202CC371C32CE0576098;  timestamp, 1 signal byte, then the frame
 * </pre>
 *
 * The trailing {@code ;} is optional. Lines that do not parse are skipped.
 */
public final class AvrReader implements FrameReader {

    private final LineReader lines;

    public AvrReader(InputStream in) {
        this.lines = new LineReader(in);
    }

    @Override
    public SourceFrame next() throws IOException {
        return lines.nextFrame(AvrReader::parse);
    }

    /** Parses one line (without line terminator); {@code null} if it is not a valid AVR frame. */
    static SourceFrame parse(byte[] line, int length) {
        int start = 0;
        while (start < length && (line[start] == ' ' || line[start] == '\t')) {
            start++;
        }
        int end = length;
        while (end > start && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == ';')) {
            end--;
        }
        if (end - start < 2) {
            return null;
        }
        byte marker = line[start];
        int headerDigits = switch (marker) {
            case '*', ':' -> 0;
            case '@', '%' -> 12;
            case '<' -> 14;
            default -> -1;
        };
        if (headerDigits < 0 || end - start - 1 < headerDigits) {
            return null;
        }
        int payload = start + 1 + headerDigits;
        int hexLength = end - payload;
        if (hexLength != 4 && hexLength != 14 && hexLength != 28) {
            return null;
        }
        byte[] bytes = Hex.bytes(line, payload, hexLength);
        if (bytes == null) {
            return null;
        }
        if (headerDigits == 0) {
            return new SourceFrame(bytes, 0, TimestampKind.NONE, -1);
        }
        long ticks = Hex.number(line, start + 1, 12);
        int signal = headerDigits == 14 ? (int) Hex.number(line, start + 13, 2) : -1;
        if (ticks < 0) {
            return null;
        }
        return new SourceFrame(bytes, ticks, TimestampKind.TICKS_12MHZ, signal);
    }
}
