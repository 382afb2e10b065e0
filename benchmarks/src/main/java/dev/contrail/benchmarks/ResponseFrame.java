package dev.contrail.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where one HTTP/1.1 response lies in a buffer of bytes read from a connection, parsed no further
 * than its framing needs: the status line, {@code Content-Length} and {@code Connection: close}.
 * Only responses with a length are understood; the services answer every command with one.
 *
 * @param status the status code
 * @param bodyStart index of the body's first byte
 * @param bodyLength the body's length in bytes
 * @param closing whether the server closes the connection after this response
 */
record ResponseFrame(int status, int bodyStart, int bodyLength, boolean closing) {

    /** Index just past this response: where the next one starts. */
    int end() {
        return bodyStart + bodyLength;
    }

    String body(byte[] buffer) {
        return new String(buffer, bodyStart, bodyLength, StandardCharsets.UTF_8);
    }

    /**
     * The response that starts at {@code from} in {@code buffer[from, to)}, or null when the
     * bytes there do not hold all of it yet.
     */
    static ResponseFrame find(byte[] buffer, int from, int to) throws IOException {
        int headerEnd = headerEnd(buffer, from, to);
        if (headerEnd < 0) {
            return null;
        }
        int status = (buffer[from + 9] - '0') * 100 + (buffer[from + 10] - '0') * 10 + (buffer[from + 11] - '0');
        int length = -1;
        boolean closing = false;
        for (int line = lineAfter(buffer, from, headerEnd);
                line < headerEnd;
                line = lineAfter(buffer, line, headerEnd)) {
            if (headerIs(buffer, line, headerEnd, "content-length:")) {
                length = Integer.parseInt(headerValue(buffer, line, "content-length:".length()));
            } else if (headerIs(buffer, line, headerEnd, "connection:")) {
                closing = headerValue(buffer, line, "connection:".length()).equalsIgnoreCase("close");
            } else if (headerIs(buffer, line, headerEnd, "transfer-encoding:")) {
                throw new IOException("a chunked response; this driver reads only responses with a Content-Length");
            }
        }
        if (length < 0) {
            throw new IOException("a response without a length on a kept-alive connection, status " + status);
        }
        int bodyStart = headerEnd + 4;
        return to - bodyStart < length ? null : new ResponseFrame(status, bodyStart, length, closing);
    }

    /** The index of the CRLF CRLF that closes the header section, or -1 when it has not arrived. */
    private static int headerEnd(byte[] buffer, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The start of the line after the one at {@code from}. */
    private static int lineAfter(byte[] buffer, int from, int limit) {
        int i = from;
        while (i < limit && buffer[i] != '\n') {
            i++;
        }
        return i + 1;
    }

    private static boolean headerIs(byte[] buffer, int line, int limit, String lowerCaseName) {
        if (line + lowerCaseName.length() > limit) {
            return false;
        }
        for (int i = 0; i < lowerCaseName.length(); i++) {
            if (Character.toLowerCase(buffer[line + i]) != lowerCaseName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String headerValue(byte[] buffer, int line, int nameLength) {
        int lineEnd = line;
        while (buffer[lineEnd] != '\r') {
            lineEnd++;
        }
        return new String(buffer, line + nameLength, lineEnd - line - nameLength, StandardCharsets.US_ASCII).trim();
    }
}
