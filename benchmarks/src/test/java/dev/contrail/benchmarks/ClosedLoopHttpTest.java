package dev.contrail.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The load driver's loop against a server that answers with prepared bytes, then holds the connection. */
@Timeout(10)
class ClosedLoopHttpTest {

    private final ServerSocket server;
    private final List<Integer> connections = new CopyOnWriteArrayList<>();

    ClosedLoopHttpTest() throws IOException {
        server = new ServerSocket(0);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void sends_the_request_again_once_a_response_has_arrived_in_pieces() throws Exception {
        serve(List.of(List.of(
                "HTTP/1.1 200 \r\nContent-Type: application/json\r\nContent-Len|gth: 11\r\n\r|\n{\"a\": \"bc\"}",
                "HTTP/1.1 200 \r\ncontent-le|ngth: 2\r\n\r\n{}")));

        try (var load = load()) {
            await(() -> load.completed() == 2);
            load.checkFailure();
        }
        assertThat(connections).hasSize(1);
    }

    @Test
    void reconnects_after_the_server_says_it_closes() throws Exception {
        serve(List.of(
                List.of("HTTP/1.1 200 \r\nConnection: close\r\nContent-Length: 1\r\n\r\nx"),
                List.of("HTTP/1.1 200 \r\nContent-Length: 1\r\n\r\ny")));

        try (var load = load()) {
            await(() -> load.completed() == 2);
            load.checkFailure();
        }
        assertThat(connections).hasSize(2);
    }

    @Test
    void stops_at_an_answer_other_than_200() throws Exception {
        serve(List.of(List.of(
                "HTTP/1.1 422 \r\nContent-Length: 5\r\n\r\nwrong", "HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n")));

        try (var load = load()) {
            await(() -> {
                try {
                    load.checkFailure();
                    return false;
                } catch (Exception e) {
                    return true;
                }
            });
            assertThatThrownBy(load::checkFailure)
                    .isInstanceOf(IOException.class)
                    .hasMessage("answered 422: wrong");
            assertThat(load.completed()).isZero();
        }
    }

    private ClosedLoopHttp load() throws IOException {
        String url = "http://127.0.0.1:" + server.getLocalPort();
        return new ClosedLoopHttp(url, List.of(ClosedLoopHttp.post(url, "/x", "token", "{}")));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(10);
        }
    }

    /**
     * Serves connections one after another, each answering its requests with its responses in
     * turn (a response is sent in pieces where it has a {@code |}), then reading until the client
     * closes.
     */
    private void serve(List<List<String>> connectionsResponses) {
        Thread.ofVirtual().start(() -> {
            for (List<String> responses : connectionsResponses) {
                try (Socket socket = server.accept()) {
                    connections.add(socket.getPort());
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream();
                    for (String response : responses) {
                        readRequest(in);
                        for (String piece : response.split("\\|")) {
                            out.write(piece.getBytes(StandardCharsets.UTF_8));
                            out.flush();
                            Thread.sleep(20); // separate packets
                        }
                    }
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException | InterruptedException e) {
                    return; // the test has ended
                }
            }
        });
    }

    /** The client's request: headers, then the two-byte body it always sends here. */
    private static void readRequest(InputStream in) throws IOException {
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        in.readNBytes(2);
    }
}
