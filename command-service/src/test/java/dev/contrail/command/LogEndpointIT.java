package dev.contrail.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.event.StructuredCloudEvents;
import dev.contrail.core.security.HmacTokens;
import dev.contrail.test.ApiClient;
import dev.contrail.test.RealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {CommandServiceApplication.CONFIG_NAME, "contrail.security.jwt-secret=" + LogEndpointIT.SECRET})
class LogEndpointIT {

    static final String SECRET = "log-secret-log-secret-log-secret-0042";

    @LocalServerPort
    int port;

    private ApiClient client(String scope) {
        return new ApiClient(
                "http://127.0.0.1:" + port,
                HmacTokens.mint(SECRET, "reader", List.of(scope), Instant.now(), Duration.ofMinutes(5)));
    }

    /** NDJSON exactly: each event a line of its own, each line ending with a newline, nothing else. */
    private static List<JsonNode> lines(ApiClient.Response response) {
        String body = response.body();
        if (!body.isEmpty()) {
            assertThat(body).endsWith("\n");
        }
        return body.lines()
                .peek(l -> assertThat(l).startsWith("{").endsWith("}"))
                .map(l -> JsonMapper.shared().readTree(l))
                .toList();
    }

    @Test
    void the_whole_log_pages_in_order_as_structured_cloud_events_and_each_page_resumes_after_the_last_line() {
        var commands = client("ledger:write");
        for (int i = 0; i < 5; i++) {
            String id = commands.post("/api/ledger/accounts", "{\"holderName\": \"H" + i + "\", \"currency\": \"EUR\"}")
                    .json()
                    .get("accountId")
                    .asString();
            commands.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"3\"}");
        }
        var reader = client("log:read");
        List<Long> positions = new ArrayList<>();
        String after = "0:0";
        for (int page = 0; page < 20; page++) {
            var response = reader.get("/api/log/events?context=ledger&limit=3&after=" + after);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("application/x-ndjson");
            List<JsonNode> lines = lines(response);
            if (lines.isEmpty()) {
                break;
            }
            assertThat(lines.size()).isLessThanOrEqualTo(3);
            for (JsonNode line : lines) {
                RecordedEvent<String> event = StructuredCloudEvents.readAll(
                                line.toString().getBytes(StandardCharsets.UTF_8))
                        .getFirst()
                        .event();
                assertThat(line.get("specversion").asString()).isEqualTo("1.0");
                assertThat(event.type()).startsWith("contrail.ledger.");
                assertThat(event.envelope().metadata().actor()).isEqualTo("reader");
                positions.add(event.globalPosition());
            }
            after = lines.getLast().get(StructuredCloudEvents.LOG_POSITION).asString();
        }
        assertThat(positions).hasSize(10).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void reading_the_log_needs_the_log_read_scope_and_a_valid_position() {
        assertThat(client("ledger:write").get("/api/log/events").status()).isEqualTo(403);
        assertThat(new ApiClient("http://127.0.0.1:" + port, null)
                        .get("/api/log/events")
                        .status())
                .isEqualTo(401);
        var badPosition = client("log:read").get("/api/log/events?after=yesterday");
        assertThat(badPosition.status()).isEqualTo(400);
        assertThat(badPosition.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client("log:read").get("/api/log/events?limit=0").status()).isEqualTo(400);
    }
}
