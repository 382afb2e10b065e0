package dev.contrail.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 connection that POSTs the same request again and again, as a load generator such
 * as wrk does: the request's bytes are built once, and each response is read into one buffer and
 * parsed no further than its framing needs (read byte by byte through a stream, header lines took
 * a third of this driver's CPU). The JDK's HttpClient spends about as much CPU per request as the
 * service it measures, and on a shared two-core machine every cycle the driver takes is one the
 * service under test does not get.
 */
final class KeepAliveClient implements AutoCloseable {

    private final URI uri;
    private final byte[] request;
    private final byte[] buffer = new byte[16_384];
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    // buffer[start, end) holds the bytes read but not parsed yet
    private int start;
    private int end;

    KeepAliveClient(String baseUrl, String path, String bearerToken, String json) {
        uri = URI.create(baseUrl);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        request = ("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                        + "\r\nAuthorization: Bearer " + bearerToken
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n" + json)
                .getBytes(StandardCharsets.UTF_8);
    }

    record Response(int status, String body) {}

    Response post() throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(request);
        int headerEnd = headerEnd();
        int status = (buffer[start + 9] - '0') * 100 + (buffer[start + 10] - '0') * 10 + (buffer[start + 11] - '0');
        int length = -1;
        boolean closing = false;
        for (int line = lineAfter(start, headerEnd); line < headerEnd; line = lineAfter(line, headerEnd)) {
            if (headerIs(line, headerEnd, "content-length:")) {
                length = Integer.parseInt(headerValue(line, "content-length:".length()));
            } else if (headerIs(line, headerEnd, "connection:")) {
                closing = headerValue(line, "connection:".length()).equalsIgnoreCase("close");
            } else if (headerIs(line, headerEnd, "transfer-encoding:")) {
                throw new IOException("a chunked response; this driver reads only responses with a Content-Length");
            }
        }
        if (length < 0) {
            throw new IOException("a response without a length on a kept-alive connection, status " + status);
        }
        start = headerEnd + 4;
        while (end - start < length) {
            read();
        }
        var response = new Response(status, new String(buffer, start, length, StandardCharsets.UTF_8));
        start += length;
        if (closing) {
            close(); // servers end a connection after so many requests (Tomcat: 100)
        }
        return response;
    }

    private void connect() throws IOException {
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        start = 0;
        end = 0;
    }

    /** Reads until the buffer holds a whole header section; returns the index of its closing CRLF CRLF. */
    private int headerEnd() throws IOException {
        int scanned = 0; // bytes after start already known not to begin the CRLF CRLF; read() may move start
        while (true) {
            for (int i = start + scanned; i + 3 < end; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                    return i;
                }
            }
            scanned = Math.max(0, end - start - 3);
            read();
        }
    }

    /** Appends what the socket has to the unread bytes, first moving them to the front of the buffer. */
    private void read() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            throw new IOException("a response larger than " + buffer.length + " bytes");
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            throw new IOException("the connection closed mid-response");
        }
        end += n;
    }

    /** The start of the line after the one at {@code from}. */
    private int lineAfter(int from, int limit) {
        int i = from;
        while (i < limit && buffer[i] != '\n') {
            i++;
        }
        return i + 1;
    }

    private boolean headerIs(int line, int limit, String lowerCaseName) {
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

    private String headerValue(int line, int nameLength) {
        int lineEnd = line;
        while (buffer[lineEnd] != '\r') {
            lineEnd++;
        }
        return new String(buffer, line + nameLength, lineEnd - line - nameLength, StandardCharsets.US_ASCII).trim();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
