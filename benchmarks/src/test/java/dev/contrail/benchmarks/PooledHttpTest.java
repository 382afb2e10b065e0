package dev.contrail.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The read-your-writes driver's client against a server that answers with prepared bytes. */
@Timeout(10)
class PooledHttpTest {

    private ScriptedServer server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void answers_arrive_whole_though_sent_in_pieces_and_the_connection_is_kept() throws Exception {
        server = new ScriptedServer(List.of(List.of(
                "HTTP/1.1 200 \r\nContent-Len|gth: 17\r\n\r|\n{\"position\": \"7\"}",
                "HTTP/1.1 404 \r\ncontent-length: 2\r\n\r\n{}")));

        try (var http = new PooledHttp(server.url())) {
            assertThat(http.exchange(RawRequest.post(server.url(), "/x", "token", "{}")))
                    .isEqualTo(new PooledHttp.Answer(200, "{\"position\": \"7\"}"));
            assertThat(http.exchange(RawRequest.get(server.url(), "/y", "Contrail-Min-Position", "7")))
                    .isEqualTo(new PooledHttp.Answer(404, "{}"));
        }
        assertThat(server.connections).hasSize(1);
        assertThat(server.requests.get(0)).startsWith("POST /x HTTP/1.1\r\n").endsWith("\r\n\r\n{}");
        assertThat(server.requests.get(1))
                .startsWith("GET /y HTTP/1.1\r\n")
                .contains("\r\nContrail-Min-Position: 7\r\n");
    }

    @Test
    void a_connection_the_server_closes_is_not_used_again() throws Exception {
        server = new ScriptedServer(List.of(
                List.of("HTTP/1.1 200 \r\nConnection: close\r\nContent-Length: 1\r\n\r\nx"),
                List.of("HTTP/1.1 200 \r\nContent-Length: 1\r\n\r\ny")));

        try (var http = new PooledHttp(server.url())) {
            assertThat(http.exchange(get()).body()).isEqualTo("x");
            assertThat(http.exchange(get()).body()).isEqualTo("y");
        }
        assertThat(server.connections).hasSize(2);
    }

    @Test
    void a_connection_closed_without_an_answer_fails_the_exchange_and_is_dropped() throws Exception {
        server = new ScriptedServer(List.of(
                List.of(
                        "HTTP/1.1 200 \r\nContent-Length: 1\r\n\r\nx",
                        "HTTP/1.1 200 \r\nContent-Len" + ScriptedServer.HANGS_UP),
                List.of("HTTP/1.1 200 \r\nContent-Length: 1\r\n\r\nz")));

        try (var http = new PooledHttp(server.url())) {
            assertThat(http.exchange(get()).body()).isEqualTo("x");
            assertThatThrownBy(() -> http.exchange(get()))
                    .isInstanceOf(IOException.class)
                    .hasMessage("the server closed the connection before answering");
            assertThat(http.exchange(get()).body()).isEqualTo("z");
        }
        assertThat(server.connections).hasSize(2);
    }

    private byte[] get() {
        return RawRequest.get(server.url(), "/z", "Accept", "application/json");
    }
}
