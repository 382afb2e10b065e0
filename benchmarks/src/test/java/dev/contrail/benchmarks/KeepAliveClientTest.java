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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The load driver's response framing, against a server that answers with prepared bytes. */
@Timeout(10)
class KeepAliveClientTest {

    private final ServerSocket server;
    private final List<Integer> connections = new CopyOnWriteArrayList<>();

    KeepAliveClientTest() throws IOException {
        server = new ServerSocket(0);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** The third response's header is shorter than the second response: scanning resumes where the buffer now starts. */
    @Test
    void reads_responses_split_across_packets_and_back_to_back_on_one_connection() throws Exception {
        serve(List.of(List.of(
                "HTTP/1.1 200 \r\nContent-Type: application/json\r\nContent-Len|gth: 11\r\n\r|\n{\"a\": \"bc\"}",
                "HTTP/1.1 200 \r\ncontent-le|ngth: 2\r\n\r\n{}",
                "HTTP/1.1 422 \r\nContent-Length: 5\r\n\r\nwrong")));
        var client = client();

        assertThat(client.post()).isEqualTo(new KeepAliveClient.Response(200, "{\"a\": \"bc\"}"));
        assertThat(client.post()).isEqualTo(new KeepAliveClient.Response(200, "{}"));
        assertThat(client.post()).isEqualTo(new KeepAliveClient.Response(422, "wrong"));
        assertThat(connections).hasSize(1);
    }

    @Test
    void reconnects_after_the_server_says_it_closes() throws Exception {
        serve(List.of(
                List.of("HTTP/1.1 200 \r\nConnection: close\r\nContent-Length: 1\r\n\r\nx"),
                List.of("HTTP/1.1 200 \r\nContent-Length: 1\r\n\r\ny")));
        var client = client();

        assertThat(client.post().body()).isEqualTo("x");
        assertThat(client.post().body()).isEqualTo("y");
        assertThat(connections).hasSize(2);
    }

    @Test
    void refuses_a_response_it_cannot_frame() throws Exception {
        serve(List.of(List.of("HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")));

        assertThatThrownBy(client()::post).isInstanceOf(IOException.class).hasMessageContaining("chunked");
    }

    private KeepAliveClient client() {
        return new KeepAliveClient("http://127.0.0.1:" + server.getLocalPort(), "/x", "token", "{}");
    }

    /**
     * Serves connections one after another, each answering its requests with its responses in
     * turn; a response is sent in pieces where it has a {@code |}.
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
