package dev.contrail.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.command.flights.FlightTracks;
import dev.contrail.core.security.HmacTokens;
import dev.contrail.test.ApiClient;
import dev.contrail.test.RealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Injected observations run through each aircraft's flight track: what the log then holds. */
@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {CommandServiceApplication.CONFIG_NAME, "contrail.security.jwt-secret=" + FlightTrackingIT.SECRET})
class FlightTrackingIT {

    static final String SECRET = "flight-tracking-secret-flight-tracking-7";
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate log;

    @Autowired
    FlightTracks tracks;

    private ApiClient.Response inject(String... events) {
        var client = new ApiClient(
                "http://127.0.0.1:" + port,
                HmacTokens.mint(SECRET, "receiver-1", List.of("flights:inject"), Instant.now(), Duration.ofMinutes(5)));
        return client.post(
                "/api/injections",
                "[" + String.join(",", events) + "]",
                "Content-Type",
                "application/cloudevents-batch+json");
    }

    private static String event(String type, String subject, long second, String data) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/contrail/adsb-injector/test", "type": "contrail.flights.%s.v1",
                 "subject": "%s", "time": "%s", "data": %s}
                """.formatted(UUID.randomUUID(), type, subject, T0.plusSeconds(second), data);
    }

    private static String squawk(String icao, long second, String code) {
        return event(
                "squawk_received",
                icao,
                second,
                "{\"icao_address\": \"%s\", \"squawk\": \"%s\"}".formatted(icao, code));
    }

    private static String position(String icao, long second, double lat) {
        return event("position_reported", icao, second, """
                {"icao_address": "%s", "latitude": %s, "longitude": 8.5, "altitude_ft": 30000, "altitude_source": "barometric", "on_ground": false}
                """.formatted(icao, lat));
    }

    private static String tick(long second) {
        return event("cleanup_interval_elapsed", "cleanup", second, "{\"interval_s\": 60}");
    }

    private List<String> typesOf(String icao) {
        return log
                .queryForList(
                        "select type from events where stream_id = ? order by stream_version",
                        String.class,
                        "aircraft-" + icao)
                .stream()
                .map(type -> type.replace("contrail.flights.", "").replace(".v1", ""))
                .toList();
    }

    @Test
    void observations_open_flights_a_silence_closes_them_and_squawk_7700_is_an_emergency_once() {
        assertThat(inject(position("AA0001", 0, 50.0), squawk("AA0001", 5, "7700"), squawk("AA0001", 10, "7700"))
                        .status())
                .isEqualTo(202);
        tracks.forgetAll(); // the next batch folds the aircraft from its open partition in the log
        assertThat(inject(
                                squawk("AA0001", 20, "1200"),
                                position("AA0001", 30, 50.5),
                                position("AA0001", 30 + 11 * 60, 51.0))
                        .status())
                .isEqualTo(202);

        assertThat(typesOf("AA0001"))
                .containsExactly(
                        "flight_opened",
                        "position_reported",
                        "squawk_received",
                        "emergency_declared",
                        "squawk_received",
                        "squawk_received",
                        "emergency_cleared",
                        "position_reported",
                        "flight_closed",
                        "flight_opened",
                        "position_reported");
        var closed = log.queryForMap(
                "select data->>'reason' as reason, (data->>'message_count')::int as messages, data->>'last_seen' as last_seen,"
                        + " time, metadata->>'causation_id' as cause from events where stream_id = 'aircraft-AA0001' and type like '%flight_closed%'");
        assertThat(closed.get("reason")).isEqualTo("silence");
        assertThat(closed.get("messages")).isEqualTo(5);
        assertThat(Instant.parse((String) closed.get("last_seen"))).isEqualTo(T0.plusSeconds(30));
        assertThat(closed.get("cause")).isNotNull();
        // the next partition starts at the closing event: a load reads only the new flight
        assertThat(log.queryForObject(
                        "select open_partition_from from streams where stream_id = 'aircraft-AA0001'", Long.class))
                .isEqualTo(9);
    }

    @Test
    void a_cleanup_tick_closes_only_flights_silent_for_longer_than_the_gap() {
        inject(position("BB0001", 0, 40.0), position("BB0002", 0, 41.0));
        inject(position("BB0002", 9 * 60, 41.1));
        tracks.forgetAll();

        assertThat(inject(tick(10 * 60 + 30)).status()).isEqualTo(202);

        assertThat(typesOf("BB0001")).containsExactly("flight_opened", "position_reported", "flight_closed");
        assertThat(typesOf("BB0002")).containsExactly("flight_opened", "position_reported", "position_reported");
        assertThat(log.queryForObject(
                        "select data->>'reason' from events where stream_id = 'aircraft-BB0001' and type like '%flight_closed%'",
                        String.class))
                .isEqualTo("cleanup");
        assertThat(log.queryForObject(
                        "select count(*) from events where stream_id = ?", Long.class, FlightTracks.CLEANUP_STREAM))
                .isPositive();

        // a later tick finds nothing more to close in BB0001, and the next contact opens a new flight
        inject(tick(30 * 60), position("BB0001", 31 * 60, 40.2));
        assertThat(typesOf("BB0001"))
                .containsExactly(
                        "flight_opened", "position_reported", "flight_closed", "flight_opened", "position_reported");
    }

    @Test
    void a_resent_batch_derives_nothing_twice() {
        String[] batch = {position("CC0001", 0, 10.0), squawk("CC0001", 1, "7500")};
        inject(batch);
        tracks.forgetAll();
        var again = inject(batch);

        assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(typesOf("CC0001"))
                .containsExactly("flight_opened", "position_reported", "squawk_received", "emergency_declared");
    }

    @Test
    void decided_types_cannot_be_injected_and_a_subject_must_be_its_aircraft() {
        var decided = inject(
                event(
                        "flight_opened",
                        "DD0001",
                        0,
                        "{\"icao_address\": \"DD0001\", \"flight_id\": \"DD0001-1\", \"first_seen\": \"2026-06-01T12:00:00Z\"}"));
        assertThat(decided.status()).isEqualTo(422);
        assertThat(decided.body()).contains("cannot be injected");

        var mismatched =
                inject(event("squawk_received", "DD0002", 0, "{\"icao_address\": \"DD0003\", \"squawk\": \"1200\"}"));
        assertThat(mismatched.status()).isEqualTo(422);
        assertThat(mismatched.body()).contains("subject must be the aircraft's icao_address");
    }
}
