package dev.contrail.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server for driver tests that answers with prepared bytes: connections one after
 * another, each answering its requests with its responses in turn (a response is sent in pieces
 * where it has a {@code |}), then reading until the client closes; a response that ends with
 * {@link #HANGS_UP} is sent without that mark, and the server closes the connection after it.
 */
final class ScriptedServer implements AutoCloseable {

    static final String HANGS_UP = "[hangs up]";

    private final ServerSocket socket;
    /** The client port of each connection accepted. */
    final List<Integer> connections = new CopyOnWriteArrayList<>();
    /** Each request's head and body as received. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    ScriptedServer(List<List<String>> connectionsResponses) throws IOException {
        socket = new ServerSocket(0);
        Thread.ofVirtual().start(() -> {
            for (List<String> responses : connectionsResponses) {
                try (Socket connection = socket.accept()) {
                    connections.add(connection.getPort());
                    InputStream in = connection.getInputStream();
                    OutputStream out = connection.getOutputStream();
                    boolean hungUp = false;
                    for (String response : responses) {
                        requests.add(readRequest(in));
                        hungUp = response.endsWith(HANGS_UP);
                        for (String piece : response.replace(HANGS_UP, "").split("\\|")) {
                            out.write(piece.getBytes(StandardCharsets.UTF_8));
                            out.flush();
                            Thread.sleep(20); // separate packets
                        }
                    }
                    if (!hungUp) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                } catch (IOException | InterruptedException e) {
                    return; // the test has ended
                }
            }
        });
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A request: its head up to the empty line, then as many body bytes as its Content-Length says. */
    private static String readRequest(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.UTF_8);
        int length = text.lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .mapToInt(line -> Integer.parseInt(
                        line.substring("content-length:".length()).strip()))
                .findFirst()
                .orElse(0);
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
