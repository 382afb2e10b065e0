package dev.contrail.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The load driver's loop against a server that answers with prepared bytes, then holds the connection. */
@Timeout(10)
class ClosedLoopHttpTest {

    private ScriptedServer server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void sends_the_request_again_once_a_response_has_arrived_in_pieces() throws Exception {
        server = new ScriptedServer(List.of(List.of(
                "HTTP/1.1 200 \r\nContent-Type: application/json\r\nContent-Len|gth: 11\r\n\r|\n{\"a\": \"bc\"}",
                "HTTP/1.1 200 \r\ncontent-le|ngth: 2\r\n\r\n{}")));

        try (var load = load()) {
            await(() -> load.completed() == 2);
            load.checkFailure();
        }
        assertThat(server.connections).hasSize(1);
    }

    @Test
    void reconnects_after_the_server_says_it_closes() throws Exception {
        server = new ScriptedServer(List.of(
                List.of("HTTP/1.1 200 \r\nConnection: close\r\nContent-Length: 1\r\n\r\nx"),
                List.of("HTTP/1.1 200 \r\nContent-Length: 1\r\n\r\ny")));

        try (var load = load()) {
            await(() -> load.completed() == 2);
            load.checkFailure();
        }
        assertThat(server.connections).hasSize(2);
    }

    @Test
    void stops_at_an_answer_other_than_200() throws Exception {
        server = new ScriptedServer(List.of(List.of(
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
        String url = server.url();
        return new ClosedLoopHttp(url, List.of(RawRequest.post(url, "/x", "token", "{}")));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(10);
        }
    }
}
