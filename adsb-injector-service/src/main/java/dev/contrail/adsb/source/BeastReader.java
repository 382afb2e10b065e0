package dev.contrail.adsb.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Beast binary (dump1090/readsb port 30005):
 *
 * <pre>
 * 0x1A TYPE TIMESTAMP(6, 12 MHz, big-endian) SIGNAL(1) FRAME
 * TYPE '1' = Mode A/C (2 bytes), '2' = Mode S short (7), '3' = Mode S long (14)
 * any 0x1A after TYPE is sent twice
 * </pre>
 *
 * A lone 0x1A inside a frame starts a new message (the broken one is dropped); other types
 * (readsb's 0xE3/0xE4, status messages) and garbage between messages are skipped. Mode A/C frames
 * are skipped unless requested.
 */
public final class BeastReader implements FrameReader {

    private static final int ESC = 0x1A;
    private static final int EOF = -1;

    private final InputStream in;
    private final boolean modeAc;
    private final byte[] buffer = new byte[8192];
    private int pos;
    private int limit;
    private final byte[] body = new byte[21];
    /** A type byte already read after a lone 0x1A that broke the previous message, else -1. */
    private int pendingType = -1;

    public BeastReader(InputStream in) {
        this(in, false);
    }

    public BeastReader(InputStream in, boolean includeModeAc) {
        this.in = in;
        this.modeAc = includeModeAc;
    }

    @Override
    public SourceFrame next() throws IOException {
        while (true) {
            int type = pendingType >= 0 ? pendingType : nextType();
            pendingType = -1;
            if (type == EOF) {
                return null;
            }
            int frameLength = switch (type) {
                case '1' -> 2;
                case '2' -> 7;
                case '3' -> 14;
                default -> -1;
            };
            if (frameLength < 0) {
                continue;
            }
            int n = 7 + frameLength;
            int got = readBody(n);
            if (got == EOF) {
                return null;
            }
            if (got < n || (frameLength == 2 && !modeAc)) {
                continue;
            }
            return frame(frameLength);
        }
    }

    /** Scans to the next 0x1A followed by a non-0x1A byte and returns that byte. */
    private int nextType() throws IOException {
        int b;
        while ((b = read()) != EOF) {
            if (b != ESC) {
                continue;
            }
            int type = read();
            if (type == EOF) {
                return EOF;
            }
            if (type != ESC) {
                return type;
            }
        }
        return EOF;
    }

    /** Reads n unescaped bytes; returns n, fewer if a new message started, or EOF. */
    private int readBody(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            int b = read();
            if (b == EOF) {
                return EOF;
            }
            if (b == ESC) {
                int next = read();
                if (next == EOF) {
                    return EOF;
                }
                if (next != ESC) {
                    pendingType = next;
                    return i;
                }
            }
            body[i] = (byte) b;
        }
        return n;
    }

    private SourceFrame frame(int frameLength) {
        long ticks = 0;
        for (int i = 0; i < 6; i++) {
            ticks = ticks << 8 | (body[i] & 0xFF);
        }
        byte[] bytes = new byte[frameLength];
        System.arraycopy(body, 7, bytes, 0, frameLength);
        return new SourceFrame(bytes, ticks, TimestampKind.TICKS_12MHZ, body[6] & 0xFF);
    }

    private int read() throws IOException {
        if (pos == limit) {
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
            }
        }
        return buffer[pos++] & 0xFF;
    }
}
