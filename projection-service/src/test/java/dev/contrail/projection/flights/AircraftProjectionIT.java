package dev.contrail.projection.flights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.messaging.EventApplier;
import dev.contrail.messaging.Subscription;
import dev.contrail.projection.ProjectionServiceApplication;
import dev.contrail.test.ApiClient;
import dev.contrail.test.RealInfrastructure;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flights-aircraft projection fed polls of recorded events through the real applier (the
 * subscriber's transaction, its dedupe by position), into real PostgreSQL and Redis, then read the
 * way tar1090 and API users read it.
 */
@DirtiesContext
@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ProjectionServiceApplication.CONFIG_NAME,
            "contrail.security.jwt-secret=aircraft-projection-secret-aircraft-projection-42",
            "contrail.flights.receiver.lat=52.31",
            "contrail.flights.receiver.lon=4.76",
            "contrail.flights.redis-prefix=" + AircraftProjectionIT.REDIS_PREFIX
        })
class AircraftProjectionIT {

    static final String REDIS_PREFIX = "test:aircraft-projection-it:flights:";
    private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");
    private static final String DAY = "2026-11-24";

    /** The test hands the applier its polls itself: no Kafka consumer runs beside it. */
    @MockitoBean(name = "startSubscriptions")
    ApplicationRunner noConsumers;

    @LocalServerPort
    int port;

    @Autowired
    EventApplier applier;

    @Autowired
    List<Subscription> subscriptions;

    @Autowired
    JdbcTemplate readModel;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final FlightEvents events = new FlightEvents();
    private Subscription subscription;
    private ApiClient api;

    @BeforeEach
    void emptyPicture() {
        subscription = subscriptions.stream()
                .filter(s -> s.name().equals("flights-aircraft"))
                .findFirst()
                .orElseThrow();
        assertThat(subscription.context()).isEqualTo("flights");
        forgetEverything();
        api = new ApiClient("http://127.0.0.1:" + port, null);
    }

    /** What a rebuild does before replaying: the read models and the applied positions go, in one transaction. */
    private void forgetEverything() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            subscription.handler().reset();
            readModel.update("delete from subscriber_positions where subscriber = 'flights-aircraft'");
        });
    }

    @SafeVarargs
    private int poll(RecordedEvent<String>... recorded) {
        return applier.applyAll(subscription, List.of(recorded));
    }

    private static Instant t(int seconds) {
        return T.plusSeconds(seconds);
    }

    @Test
    void a_poll_becomes_aircraft_rows_a_flight_track_points_and_the_live_picture() {
        int applied = poll(
                events.opened("4840D6", t(0)),
                events.identified("4840D6", t(0), "KLM1023", "A3"),
                events.position("4840D6", t(1), 52.30, 4.76, 37_000),
                events.velocity("4840D6", t(2), 450.2, 90.5, -64),
                events.unknown("4840D6", t(2)),
                events.position("4840D6", t(3), 52.31, 4.80, 37_025),
                events.squawk("4840D6", t(4), "1000"));
        assertThat(applied).isEqualTo(7);

        Map<String, Object> row = readModel.queryForMap("select * from aircraft_states where icao = '4840D6'");
        assertThat(row)
                .containsEntry("callsign", "KLM1023")
                .containsEntry("category", "A3")
                .containsEntry("squawk", "1000")
                .containsEntry("emergency", "none")
                .containsEntry("lat", 52.31)
                .containsEntry("lon", 4.80)
                .containsEntry("alt_baro", 37_025)
                .containsEntry("on_ground", false)
                .containsEntry("gs", 450.2)
                .containsEntry("track", 90.5)
                .containsEntry("baro_rate", -64)
                .containsEntry("messages", 5L) // the unknown event is ignored
                .containsEntry("flight_id", "4840D6-" + T.getEpochSecond());
        assertThat(instant(row.get("last_position_time"))).isEqualTo(t(3));
        assertThat(instant(row.get("last_seen"))).isEqualTo(t(4));
        Map<String, Object> flight = readModel.queryForMap("select * from flights");
        assertThat(flight)
                .containsEntry("icao", "4840D6")
                .containsEntry("closed", false)
                .containsEntry("message_count", 5L);
        assertThat(instant(flight.get("last_seen"))).isEqualTo(t(4));
        assertThat(readModel.queryForList("select altitude_ft from track_points order by time", Integer.class))
                .containsExactly(37_000, 37_025);

        Map<Object, Object> hash = redis.opsForHash().entries(REDIS_PREFIX + "aircraft:4840d6");
        assertThat(hash)
                .containsEntry("hex", "4840d6")
                .containsEntry("flight", "KLM1023")
                .containsEntry("alt_baro", "37025")
                .containsEntry("squawk", "1000")
                .containsEntry("messages", "5");
        var where = redis.opsForGeo().position(REDIS_PREFIX + "aircraft:geo", "4840d6");
        assertThat(where.getFirst().getY()).isCloseTo(52.31, within(0.0001));
        assertThat(where.getFirst().getX()).isCloseTo(4.80, within(0.0001));
        assertThat(score("most-messages", "4840d6")).isEqualTo(5);
        assertThat(score("highest-altitude", "4840d6")).isEqualTo(37_025);
        assertThat(score("longest-flight", "4840D6-" + T.getEpochSecond())).isEqualTo(4); // in progress

        // The cleanup tick's flight_closed carries the summary; the aircraft leaves the live picture.
        Instant tick = t(700);
        poll(
                events.tick(tick),
                events.closed("4840D6", tick, "cleanup", t(0), t(4), List.of("KLM1023"), 37_025, 2.1, 5));
        assertThat(readModel.queryForMap("select * from flights"))
                .containsEntry("closed", true)
                .containsEntry("reason", "cleanup")
                .containsEntry("callsigns", "KLM1023")
                .containsEntry("max_altitude_ft", 37_025)
                .containsEntry("distance_nm", 2.1)
                .containsEntry("message_count", 5L);
        assertThat(readModel.queryForObject("select flight_id from aircraft_states", String.class))
                .isNull();
        assertThat(redis.hasKey(REDIS_PREFIX + "aircraft:4840d6")).isFalse();
        assertThat(redis.opsForGeo().position(REDIS_PREFIX + "aircraft:geo", "4840d6"))
                .containsOnlyNulls();
        assertThat(score("longest-flight", "4840D6-" + T.getEpochSecond())).isEqualTo(4);
        assertThat(api.get("/data/aircraft.json").json().get("now").asDouble()).isEqualTo(tick.getEpochSecond());
    }

    private Double score(String leaderboard, String member) {
        return redis.opsForZSet().score(REDIS_PREFIX + "leaderboard:" + leaderboard + ":" + DAY, member);
    }

    private static Instant instant(Object timestamp) {
        return ((java.sql.Timestamp) timestamp).toInstant();
    }

    @Test
    void aircraft_json_shows_airborne_ground_and_emergency_aircraft_in_the_readsb_shape() throws Exception {
        poll(
                events.opened("4840D6", t(0)),
                events.identified("4840D6", t(0), "KLM1023", "A3"),
                events.position("4840D6", t(1), 52.30, 4.76, 37_000),
                events.velocity("4840D6", t(2), 450.2, 90.5, -64),
                events.opened("3C6586", t(0)),
                events.identified("3C6586", t(0), "DLH4AB", "A3"),
                events.position("3C6586", t(3), 52.309, 4.763, null),
                events.opened("ABC123", t(0)),
                events.squawk("ABC123", t(5), "7700"),
                events.declared("ABC123", t(5), t(0), "general", "7700"),
                events.position("ABC123", t(6), 52.1, 4.5, 12_000));

        JsonNode picture = api.get("/data/aircraft.json?_=1732442400000").json();
        assertValid(picture);
        assertThat(picture.get("now").asDouble()).isEqualTo(t(6).getEpochSecond());
        assertThat(picture.get("messages").asLong()).isEqualTo(7);
        JsonNode klm = aircraft(picture, "4840d6");
        assertThat(klm.get("flight").asString()).isEqualTo("KLM1023 ");
        assertThat(klm.get("alt_baro").asInt()).isEqualTo(37_000);
        assertThat(klm.get("gs").asDouble()).isEqualTo(450.2);
        assertThat(klm.get("seen_pos").asDouble()).isEqualTo(5.0);
        assertThat(klm.get("seen").asDouble()).isEqualTo(4.0);
        assertThat(klm.has("squawk")).as("unknown keys are left out").isFalse();
        assertThat(aircraft(picture, "3c6586").get("alt_baro").asString()).isEqualTo("ground");
        JsonNode emergency = aircraft(picture, "abc123");
        assertThat(emergency.get("squawk").asString()).isEqualTo("7700");
        assertThat(emergency.get("emergency").asString()).isEqualTo("general");
        assertThat(emergency.has("flight")).isFalse();

        poll(events.squawk("ABC123", t(8), "1200"), events.cleared("ABC123", t(8), t(0), "general"));
        assertThat(aircraft(api.get("/data/aircraft.json").json(), "abc123")
                        .get("emergency")
                        .asString())
                .isEqualTo("none");
        var one = api.get("/api/flights/aircraft/abc123");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("icao").asString()).isEqualTo("ABC123");
        assertThat(one.json().get("squawk").asString()).isEqualTo("1200");
        var unknown = api.get("/api/flights/aircraft/FFFFFF");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }

    private static JsonNode aircraft(JsonNode picture, String hex) {
        for (JsonNode a : picture.get("aircraft")) {
            if (a.get("hex").asString().equals(hex)) {
                return a;
            }
        }
        throw new AssertionError(hex + " is not listed in " + picture);
    }

    private static void assertValid(JsonNode picture) throws Exception {
        JsonNode schema;
        try (InputStream in = AircraftProjectionIT.class.getResourceAsStream("/aircraft-json.schema.json")) {
            schema = JsonMapper.shared().readTree(in);
        }
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema.toString());
        assertThat(validator.validate(picture.toString(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void aircraft_json_lists_a_position_within_60s_or_a_message_within_30s_of_the_newest_event() {
        poll(
                events.opened("A00001", t(0)),
                events.position("A00001", t(0), 50.0, 8.0, 10_000),
                events.squawk("A00001", t(40), "1000"), // old position, recent message
                events.opened("A00002", t(0)),
                events.position("A00002", t(0), 50.1, 8.1, 11_000), // stale: 70 s of silence
                events.opened("A00003", t(15)),
                events.position("A00003", t(15), 50.2, 8.2, 12_000), // position 55 s old
                events.opened("A00004", t(70)),
                events.position("A00004", t(70), 50.3, 8.3, 13_000));

        JsonNode picture = api.get("/data/aircraft.json").json();
        assertThat(picture.get("aircraft").findValuesAsString("hex")).containsExactly("a00001", "a00003", "a00004");
        JsonNode oldPosition = aircraft(picture, "a00001");
        assertThat(oldPosition.get("seen_pos").asDouble()).isEqualTo(70.0);
        assertThat(oldPosition.get("seen").asDouble()).isEqualTo(30.0);

        // A cleanup tick is an event too: the clock moves on and every aircraft goes stale.
        poll(events.tick(t(200)));
        JsonNode quiet = api.get("/data/aircraft.json").json();
        assertThat(quiet.get("now").asDouble()).isEqualTo(t(200).getEpochSecond());
        assertThat(quiet.get("aircraft")).isEmpty();
    }

    @Test
    void a_redelivered_poll_counts_nothing_twice() {
        List<RecordedEvent<String>> first = List.of(
                events.opened("4840D6", t(0)),
                events.position("4840D6", t(1), 52.30, 4.76, 37_000),
                events.squawk("4840D6", t(2), "1000"));
        assertThat(applier.applyAll(subscription, first)).isEqualTo(3);
        Snapshot once = snapshot();

        assertThat(applier.applyAll(subscription, first)).isZero();
        assertThat(snapshot()).isEqualTo(once);

        // a poll half redelivered, half new: only the new half counts
        List<RecordedEvent<String>> overlapping = new ArrayList<>(first.subList(1, 3));
        overlapping.add(events.position("4840D6", t(3), 52.31, 4.80, 37_100));
        assertThat(applier.applyAll(subscription, overlapping)).isEqualTo(1);
        assertThat(readModel.queryForObject("select messages from aircraft_states", Long.class))
                .isEqualTo(3);
        assertThat(readModel.queryForObject("select message_count from flights", Long.class))
                .isEqualTo(3);
        assertThat(readModel.queryForObject("select count(*) from track_points", Long.class))
                .isEqualTo(2);
        assertThat(score("most-messages", "4840d6")).isEqualTo(3);
        assertThat(score("highest-altitude", "4840d6")).isEqualTo(37_100);
    }

    /** A day of traffic across midnight: flights opened, closed by silence and by cleanup, emergencies, ground. */
    private List<RecordedEvent<String>> history() {
        Instant evening = Instant.parse("2026-11-24T23:58:00Z");
        List<RecordedEvent<String>> log = new ArrayList<>();
        log.add(events.opened("4840D6", evening));
        log.add(events.identified("4840D6", evening, "KLM1023", "A3"));
        for (int i = 0; i < 30; i++) {
            Instant at = evening.plusSeconds(10L * i); // 23:58:00 .. 00:02:50
            log.add(events.position("4840D6", at, 52.0 + i / 100.0, 4.5, 30_000 + 100 * i));
            if (i == 3) {
                log.add(events.opened("3C6586", at));
            }
            if (i >= 3) {
                log.add(events.velocity("3C6586", at, 0, 0, 0));
                log.add(events.position("3C6586", at, 52.309, 4.763, null));
            }
            if (i == 12) {
                log.add(events.squawk("4840D6", at, "7600"));
                log.add(events.declared("4840D6", at, evening, "nordo", "7600"));
            }
            if (i == 20) {
                log.add(events.emergencyStatus("4840D6", at, "none", "1000"));
                log.add(events.cleared("4840D6", at, evening, "nordo"));
            }
        }
        Instant late = evening.plus(Duration.ofMinutes(20));
        log.add(events.closed(
                "4840D6", late, "silence", evening, evening.plusSeconds(290), List.of("KLM1023"), 32_900, 17.9, 33));
        log.add(events.opened("4840D6", late));
        log.add(events.position("4840D6", late, 53.0, 5.0, 5_000));
        log.add(events.tick(late.plusSeconds(30)));
        log.add(events.closed(
                "3C6586",
                late.plusSeconds(30),
                "cleanup",
                evening.plusSeconds(30),
                evening.plusSeconds(290),
                List.of(),
                null,
                0.0,
                54));
        return log;
    }

    @Test
    void reset_and_reapplying_the_log_in_one_poll_equals_the_live_picture_built_poll_by_poll() {
        List<RecordedEvent<String>> log = history();
        for (int i = 0; i < log.size(); i += 3) {
            applier.applyAll(subscription, log.subList(i, Math.min(i + 3, log.size())));
        }
        Snapshot live = snapshot();
        assertThat(live.redis())
                .containsKeys(
                        REDIS_PREFIX + "leaderboard:most-messages:2026-11-24",
                        REDIS_PREFIX + "leaderboard:most-messages:2026-11-25",
                        REDIS_PREFIX + "leaderboard:longest-flight:2026-11-25");
        assertThat(live.flights()).hasSize(3);

        forgetEverything();
        assertThat(snapshot().aircraft()).isEmpty();
        assertThat(redis.keys(REDIS_PREFIX + "*")).isEmpty();
        assertThat(applier.applyAll(subscription, log)).isEqualTo(log.size());

        assertThat(snapshot()).isEqualTo(live);
    }

    /** Everything a client can see, PostgreSQL rows and Redis contents. */
    private record Snapshot(
            List<Map<String, Object>> aircraft,
            List<Map<String, Object>> flights,
            List<Map<String, Object>> points,
            Map<String, Object> picture,
            Map<String, Object> redis) {}

    private Snapshot snapshot() {
        Map<String, Object> keys = new TreeMap<>();
        for (String key : redis.keys(REDIS_PREFIX + "*")) {
            keys.put(
                    key,
                    switch (redis.type(key).code()) {
                        case "hash" -> new TreeMap<>(redis.opsForHash().entries(key));
                        case "zset" ->
                            redis.opsForZSet().rangeWithScores(key, 0, -1).stream()
                                    .map(e -> e.getValue() + "=" + e.getScore())
                                    .toList();
                        default -> throw new AssertionError("unexpected key " + key);
                    });
        }
        return new Snapshot(
                readModel.queryForList("select * from aircraft_states order by icao"),
                readModel.queryForList("select * from flights order by flight_id"),
                readModel.queryForList("select * from track_points order by global_position"),
                // the revision only tells caches that something changed
                readModel.queryForMap("select newest_event_time, messages from aircraft_picture"),
                keys);
    }

    @Test
    void aircraft_are_found_near_a_point_in_a_box_and_by_callsign_and_flights_tracks_and_leaderboards_are_served() {
        poll(
                events.opened("4840D6", t(0)),
                events.identified("4840D6", t(0), "KLM1023", "A3"),
                events.position("4840D6", t(1), 52.31, 4.76, 3_000), // Schiphol
                events.position("4840D6", t(61), 52.35, 4.80, 4_000),
                events.opened("484A12", t(0)),
                events.position("484A12", t(2), 52.45, 4.95, 9_000), // ~12 nm north-east
                events.opened("3C6586", t(0)),
                events.identified("3C6586", t(0), "DLH4AB", "A3"),
                events.position("3C6586", t(3), 50.03, 8.56, 39_000)); // Frankfurt

        assertThat(icaos("/api/flights/aircraft?lat=52.31&lon=4.76&radius_nm=20"))
                .containsExactly("4840D6", "484A12");
        assertThat(icaos("/api/flights/aircraft?lat=52.31&lon=4.76&radius_nm=5"))
                .containsExactly("4840D6");
        assertThat(icaos("/api/flights/aircraft?box=49.5,8,50.5,9")).containsExactly("3C6586");
        assertThat(icaos("/api/flights/aircraft?box=52,4,53,5")).containsExactly("4840D6", "484A12");
        assertThat(icaos("/api/flights/aircraft?callsign=klm1023")).containsExactly("4840D6");

        JsonNode track = api.get("/api/flights/aircraft/4840D6/track").json();
        assertThat(track.findValuesAsString("time")).containsExactly(t(1).toString(), t(61).toString());
        JsonNode late = api.get("/api/flights/aircraft/4840D6/track?from=" + t(30) + "&to=" + t(90))
                .json();
        assertThat(late).hasSize(1);
        assertThat(late.get(0).get("altitudeFt").asInt()).isEqualTo(4_000);

        assertThat(api.get("/api/flights/flights?from=" + t(1) + "&to=" + t(2))
                        .json()
                        .findValuesAsString("icao"))
                .containsExactly("3C6586", "4840D6", "484A12");
        assertThat(api.get("/api/flights/flights?from=" + t(30) + "&to=" + t(40))
                        .json()
                        .findValuesAsString("icao"))
                .containsExactly("4840D6");

        JsonNode highest = api.get("/api/flights/leaderboards/highest-altitude?date=" + DAY + "&limit=2")
                .json();
        assertThat(highest.get("entries").findValuesAsString("member")).containsExactly("3C6586", "484A12");
        assertThat(highest.get("entries").get(0).get("score").asDouble()).isEqualTo(39_000);
        JsonNode longest = api.get("/api/flights/leaderboards/longest-flight").json();
        assertThat(longest.get("date").asString()).isEqualTo(DAY);
        assertThat(longest.get("entries").get(0).get("member").asString()).isEqualTo("4840D6-" + T.getEpochSecond());
        var unknown = api.get("/api/flights/leaderboards/loudest");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }

    private List<String> icaos(String path) {
        var response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json().findValuesAsString("icao");
    }

    @Test
    void bad_parameters_are_answered_with_400_problems() {
        for (String path : List.of(
                "/api/flights/aircraft/4840D",
                "/api/flights/aircraft/GGGGGG/track",
                "/api/flights/aircraft?lat=abc&lon=4&radius_nm=5",
                "/api/flights/aircraft?lat=52&lon=4&radius_nm=0",
                "/api/flights/aircraft?lat=52&lon=181&radius_nm=5",
                "/api/flights/aircraft?box=52,4,x,5",
                "/api/flights/aircraft?box=52,4,53,5&callsign=KLM1023",
                "/api/flights/aircraft/4840D6/track?from=" + t(10) + "&to=" + t(0),
                "/api/flights/flights?from=" + T,
                "/api/flights/flights?from=2026-11-24&to=2026-11-25",
                "/api/flights/leaderboards/most-messages?limit=0",
                "/api/flights/leaderboards/most-messages?date=" + UUID.randomUUID())) {
            var response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void receiver_json_is_the_minimal_form_a_stock_tar1090_reads() {
        JsonNode receiver = api.get("/data/receiver.json?_=1732442400000").json();
        assertThat(receiver.propertyNames()).containsExactly("version", "refresh", "history", "lat", "lon");
        assertThat(receiver.get("refresh").asInt()).isEqualTo(1000);
        assertThat(receiver.get("history").asInt()).isZero();
        assertThat(receiver.get("lat").asDouble()).isEqualTo(52.31);
        assertThat(receiver.get("lon").asDouble()).isEqualTo(4.76);
    }
}
