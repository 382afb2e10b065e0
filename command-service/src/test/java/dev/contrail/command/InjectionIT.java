package dev.contrail.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.core.security.HmacTokens;
import dev.contrail.test.ApiClient;
import dev.contrail.test.RealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {CommandServiceApplication.CONFIG_NAME, "contrail.security.jwt-secret=" + InjectionIT.SECRET})
class InjectionIT {

    static final String SECRET = "injection-secret-injection-secret-0042";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate log;

    private ApiClient client(String scope) {
        return new ApiClient(
                "http://127.0.0.1:" + port,
                HmacTokens.mint(SECRET, "receiver-1", List.of(scope), Instant.now(), Duration.ofMinutes(5)));
    }

    private static String position(UUID id, String icao, double lat, String time) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/contrail/adsb-injector/test", "type": "contrail.flights.position_reported.v1",
                 "subject": "%s", "time": "%s", "datacontenttype": "application/json",
                 "data": {"icao_address": "%s", "latitude": %s, "longitude": 13.8, "altitude_ft": 24000, "altitude_source": "barometric", "on_ground": false}}
                """.formatted(id, icao, time, icao, lat);
    }

    private ApiClient.Response inject(ApiClient client, List<String> events) {
        return client.post(
                "/api/injections",
                "[" + String.join(",", events) + "]",
                "Content-Type",
                "application/cloudevents-batch+json");
    }

    @Test
    void a_batch_is_appended_to_per_aircraft_streams_and_sent_again_is_all_duplicates() {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            batch.add(position(
                    UUID.randomUUID(),
                    i % 2 == 0 ? "4CA2D6" : "3C6586",
                    37.0 + i / 100.0,
                    "2026-03-01T10:00:0" + i + "Z"));
        }
        var injector = client("flights:inject");

        var first = inject(injector, batch);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().get("accepted").asInt()).isEqualTo(6);
        assertThat(first.json().get("duplicates").asInt()).isZero();
        assertThat(first.json().get("lastPosition").asLong()).isPositive();
        // each aircraft's first contact opens its flight, then its three positions
        assertThat(log.queryForObject("select version from streams where stream_id = 'aircraft-4CA2D6'", Long.class))
                .isEqualTo(4);
        assertThat(log.queryForObject("select version from streams where stream_id = 'aircraft-3C6586'", Long.class))
                .isEqualTo(4);

        var again = inject(injector, batch);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("accepted").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(6);
        assertThat(log.queryForObject(
                        "select count(*) from events where stream_id in ('aircraft-4CA2D6', 'aircraft-3C6586')",
                        Long.class))
                .isEqualTo(8);

        // half seen before, half new: the seen half is recognised, the new half recorded once
        List<String> partly = new ArrayList<>(batch.subList(3, 6));
        for (int i = 6; i < 9; i++) {
            partly.add(position(UUID.randomUUID(), "4CA2D6", 37.0 + i / 100.0, "2026-03-01T10:00:0" + i + "Z"));
        }
        var mixed = inject(injector, partly);
        assertThat(mixed.status()).as(mixed.body()).isEqualTo(202);
        assertThat(mixed.json().get("accepted").asInt()).isEqualTo(3);
        assertThat(mixed.json().get("duplicates").asInt()).isEqualTo(3);
        assertThat(log.queryForObject("select version from streams where stream_id = 'aircraft-4CA2D6'", Long.class))
                .isEqualTo(7);
    }

    @Test
    void a_batch_with_an_invalid_event_is_refused_whole_listing_each_bad_event() {
        UUID good = UUID.randomUUID();
        var batch = List.of(
                position(good, "ABCDEF", 40.0, "2026-03-01T10:00:00Z"),
                position(UUID.randomUUID(), "abcdef", 95.0, "2026-03-01T10:00:01Z"),
                "{\"specversion\": \"1.0\", \"id\": \"x\", \"type\": \"contrail.ledger.funds_deposited.v1\"}");

        var refused = inject(client("flights:inject"), batch);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("index").asInt()).isEqualTo(1);
        assertThat(errors.get(0).get("errors").toString())
                .contains("icao_address")
                .contains("latitude");
        assertThat(errors.get(1).get("index").asInt()).isEqualTo(2);
        assertThat(errors.get(1).get("errors").toString())
                .contains("id must be a UUID")
                .contains("source is required")
                .contains("cannot be injected");
        assertThat(log.queryForObject("select count(*) from events where event_id = ?", Long.class, good))
                .isZero();
    }

    @Test
    void injections_need_the_inject_scope_and_a_json_array() {
        var event = List.of(position(UUID.randomUUID(), "ABCDEF", 40.0, "2026-03-01T10:00:00Z"));
        assertThat(inject(client("ledger:write"), event).status()).isEqualTo(403);
        assertThat(inject(new ApiClient("http://127.0.0.1:" + port, null), event)
                        .status())
                .isEqualTo(401);
        var notArray = client("flights:inject")
                .post("/api/injections", "{}", "Content-Type", "application/cloudevents-batch+json");
        assertThat(notArray.status()).isEqualTo(400);
        assertThat(notArray.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client("flights:inject")
                        .post("/api/injections", "[{", "Content-Type", "application/cloudevents-batch+json")
                        .status())
                .isEqualTo(400);
    }
}
