package dev.contrail.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.contrail.adsb.DecodeCommand;
import dev.contrail.command.CommandServiceApplication;
import dev.contrail.core.security.HmacTokens;
import dev.contrail.test.ApiClient;
import dev.contrail.test.RealInfrastructure;
import dev.contrail.test.RunningService;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flight tracker end to end (seed 004 chapter 9 style): a real capture and a few synthetic
 * aircraft injected over HTTP into command-service, through its flight tracks, the log, the relay,
 * Kafka and the subscriber runtime, into PostgreSQL and Redis; then read the way tar1090 and API
 * users read it.
 */
// Closed after the class: its Kafka consumers must leave their groups before another context joins them.
@DirtiesContext
@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ProjectionServiceApplication.CONFIG_NAME,
            "contrail.security.jwt-secret=" + FlightsEndToEndIT.SECRET,
            "contrail.flights.receiver.lat=51.99",
            "contrail.flights.receiver.lon=4.37"
        })
class FlightsEndToEndIT {

    static final String SECRET = "flights-end-to-end-secret-flights-e2e-42";
    private static final String REDIS_PREFIX = "test:" + UUID.randomUUID() + ":";
    private static final Instant CAPTURE_START = Instant.parse("2026-05-04T10:00:00Z");
    private static final RunningService COMMAND_SERVICE = RunningService.start(
            CommandServiceApplication.class, "command-service", SECRET, "--contrail.relay.fallback-poll=1s");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate readModel;

    @Autowired
    StringRedisTemplate redis;

    @TempDir
    Path dir;

    private ApiClient injector;
    private ApiClient queries;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("contrail.command-service", COMMAND_SERVICE::url);
        registry.add("contrail.flights.redis-prefix", () -> REDIS_PREFIX);
    }

    @AfterAll
    static void stopCommandService() {
        COMMAND_SERVICE.close();
    }

    @BeforeEach
    void clients() {
        injector = new ApiClient(
                COMMAND_SERVICE.url(),
                HmacTokens.mint(SECRET, "e2e", List.of("flights:inject"), Instant.now(), Duration.ofMinutes(10)));
        queries = new ApiClient("http://127.0.0.1:" + port, null);
    }

    /** The dump1090 sample (AMC421, 4D2023) as the injector's decode command turns it into CloudEvents. */
    private List<String> capture() throws Exception {
        Path shared = Path.of("").toAbsolutePath();
        while (shared != null && !Files.isDirectory(shared.resolve("shared/adsb"))) {
            shared = shared.getParent();
        }
        assertThat(shared).as("../shared/adsb beside the repository").isNotNull();
        Path file = dir.resolve("modes1.avr");
        try (InputStream in =
                Files.newInputStream(shared.resolve("shared/adsb/antirez-dump1090/modes1_decoded_avr.txt"))) {
            Files.copy(in, file);
        }
        var out = new StringWriter();
        int exit = DecodeCommand.run(
                new String[] {
                    "decode", "--input", file.toString(), "--format", "avr", "--start-time", CAPTURE_START.toString()
                },
                out,
                new PrintStream(PrintStream.nullOutputStream()));
        assertThat(exit).isZero();
        return out.toString().lines().toList();
    }

    private static String event(String type, String icao, Instant time, String data) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/contrail/adsb-injector/e2e", "type": "contrail.flights.%s.v1",
                 "subject": "%s", "time": "%s", "data": %s}""".formatted(UUID.randomUUID(), type, icao, time, data);
    }

    private static String squawk(String icao, Instant time, String code) {
        return event(
                "squawk_received", icao, time, "{\"icao_address\": \"%s\", \"squawk\": \"%s\"}".formatted(icao, code));
    }

    private static String position(String icao, Instant time, double lat, double lon, Integer altitude) {
        return event(
                "position_reported",
                icao,
                time,
                ("{\"icao_address\": \"%s\", \"latitude\": %s, \"longitude\": %s, \"altitude_ft\": %s,"
                                + " \"altitude_source\": \"barometric\", \"on_ground\": %s}")
                        .formatted(icao, lat, lon, altitude, altitude == null));
    }

    private static String tick(Instant time) {
        return event("cleanup_interval_elapsed", "cleanup", time, "{\"interval_s\": 60}");
    }

    private long inject(List<String> events) {
        var response = injector.post(
                "/api/injections",
                "[" + String.join(",", events) + "]",
                "Content-Type",
                "application/cloudevents-batch+json");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("lastPosition").asLong();
    }

    private void awaitApplied() {
        var log = COMMAND_SERVICE.bean(JdbcTemplate.class);
        long flightsEvents =
                log.queryForObject("select count(*) from events where type like 'contrail.flights.%'", Long.class);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> readModel.queryForObject(
                                "select count(*) from subscriber_positions where subscriber = 'flights-aircraft'",
                                Long.class)
                        == flightsEvents);
    }

    private JsonNode aircraftJson() {
        var response = queries.get("/data/aircraft.json?_=" + System.currentTimeMillis());
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode aircraft(JsonNode aircraftJson, String hex) {
        for (JsonNode a : aircraftJson.get("aircraft")) {
            if (a.get("hex").asString().equals(hex)) {
                return a;
            }
        }
        return null;
    }

    @Test
    void a_capture_becomes_flights_live_aircraft_emergencies_and_closed_books() throws Exception {
        List<String> capture = capture();
        assertThat(capture).hasSizeGreaterThan(50);
        Instant end = CAPTURE_START.plusSeconds(90);
        List<String> batch = new ArrayList<>(capture);
        batch.add(position("ABC123", end, 52.1, 4.5, 12_000));
        batch.add(squawk("ABC123", end.plusSeconds(1), "7700"));
        batch.add(position("DEF456", end.plusSeconds(2), 51.98, 4.38, null));
        inject(batch);
        awaitApplied();

        JsonNode picture = aircraftJson();
        assertThat(picture.get("now").asDouble()).isEqualTo(end.plusSeconds(2).toEpochMilli() / 1000.0);
        JsonNode amc = aircraft(picture, "4d2023");
        assertThat(amc).as("AMC421 listed").isNotNull();
        assertThat(amc.get("flight").asString()).isEqualTo("AMC421  ");
        // a decoded position (near Sicily, as dump1090 decodes the sample), not raw CPR counts
        assertThat(amc.get("lat").asDouble()).isBetween(36.9, 37.1);
        assertThat(amc.get("lon").asDouble()).isBetween(13.7, 13.9);
        JsonNode emergency = aircraft(picture, "abc123");
        assertThat(emergency.get("squawk").asString()).isEqualTo("7700");
        assertThat(emergency.get("emergency").asString()).isEqualTo("general");
        assertThat(aircraft(picture, "def456").get("alt_baro").asString()).isEqualTo("ground");
        assertValidAircraftJson(picture);

        inject(List.of(squawk("ABC123", end.plusSeconds(20), "1200")));
        awaitApplied();
        JsonNode cleared = aircraft(aircraftJson(), "abc123");
        assertThat(cleared.get("squawk").asString()).isEqualTo("1200");
        assertThat(cleared.get("emergency").asString()).isEqualTo("none");
        var log = COMMAND_SERVICE.bean(JdbcTemplate.class);
        assertThat(log.queryForList(
                        "select type from events where stream_id = 'aircraft-ABC123' and type like '%emergency_%' order by stream_version",
                        String.class))
                .containsExactly("contrail.flights.emergency_declared.v1", "contrail.flights.emergency_cleared.v1");

        // Eleven minutes of silence: the cleanup tick closes every flight, aircraft.json empties.
        Instant later = end.plus(Duration.ofMinutes(11));
        inject(List.of(tick(later)));
        awaitApplied();
        assertThat(readModel.queryForObject("select count(*) from flights where not closed", Long.class))
                .isZero();
        assertThat(readModel.queryForList("select reason from flights", String.class))
                .hasSizeGreaterThanOrEqualTo(3)
                .containsOnly("cleanup");
        assertThat(aircraftJson().get("aircraft")).isEmpty();
        // Redis follows each commit of the read model
        await().untilAsserted(() ->
                assertThat(redis.keys(REDIS_PREFIX + "aircraft:4d2023")).isEmpty());

        // A new contact opens a new flight; the API shows both.
        inject(List.of(position("ABC123", later.plusSeconds(5), 52.2, 4.6, 9_000)));
        awaitApplied();
        var flights = queries.get("/api/flights/flights?from=" + CAPTURE_START + "&to=" + later.plusSeconds(60));
        assertThat(flights.status()).isEqualTo(200);
        assertThat(flights.json().findValuesAsString("icao")).contains("4D2023", "ABC123");
        var amcFlight = flights.json()
                .valueStream()
                .filter(f -> f.get("icao").asString().equals("4D2023"))
                .findFirst()
                .orElseThrow();
        assertThat(amcFlight.get("callsigns").get(0).asString()).isEqualTo("AMC421");
        assertThat(amcFlight.get("closed").asBoolean()).isTrue();
        assertThat(amcFlight.get("messageCount").asLong()).isPositive();
        var abc = queries.get("/api/flights/aircraft/abc123").json();
        assertThat(abc.get("flightId").asString())
                .isEqualTo("ABC123-" + later.plusSeconds(5).getEpochSecond());
        var track = queries.get("/api/flights/aircraft/ABC123/track").json();
        assertThat(track).hasSize(2);
        var near = queries.get("/api/flights/aircraft?lat=52.2&lon=4.6&radius_nm=5")
                .json();
        assertThat(near.findValuesAsString("icao")).containsExactly("ABC123");
        var box = queries.get("/api/flights/aircraft?box=52,4,53,5").json();
        assertThat(box.findValuesAsString("icao")).containsExactly("ABC123");
        var busiest = queries.get("/api/flights/leaderboards/most-messages?date=2026-05-04")
                .json();
        assertThat(busiest.get("entries").get(0).get("member").asString()).isEqualTo("4D2023");
        assertThat(queries.get("/api/flights/leaderboards/highest-altitude")
                        .json()
                        .get("entries")
                        .get(0)
                        .get("member")
                        .asString())
                .isEqualTo("4D2023"); // 22,725 ft in the capture
        assertThat(queries.get("/api/flights/leaderboards/longest-flight?date=2026-05-04")
                        .json()
                        .get("entries"))
                .isNotEmpty();
    }

    @Test
    void bad_parameters_are_problems_and_receiver_json_is_the_minimal_tar1090_form() {
        for (String path : List.of(
                "/api/flights/aircraft/XYZ",
                "/api/flights/aircraft?lat=95&lon=0&radius_nm=5",
                "/api/flights/aircraft?lat=50&lon=8",
                "/api/flights/aircraft?box=1,2,3",
                "/api/flights/aircraft?box=10,20,5,25",
                "/api/flights/aircraft",
                "/api/flights/flights?from=yesterday&to=2026-01-01T00:00:00Z",
                "/api/flights/leaderboards/most-messages?date=24.11.2026")) {
            var response = queries.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        assertThat(queries.get("/api/flights/aircraft/ABCDEF").status()).isEqualTo(404);
        assertThat(queries.get("/api/flights/leaderboards/loudest").status()).isEqualTo(404);

        var receiver = queries.get("/data/receiver.json?_=1732419265000").json();
        assertThat(receiver.propertyNames()).containsExactly("version", "refresh", "history", "lat", "lon");
        assertThat(receiver.get("refresh").asInt()).isEqualTo(1000);
        assertThat(receiver.get("history").asInt()).isZero();
        assertThat(receiver.get("lat").asDouble()).isEqualTo(51.99);
    }

    @Test
    void the_aircraft_projection_rebuilt_from_position_zero_equals_the_live_one() {
        Instant t = Instant.parse("2026-05-05T08:00:00Z");
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String icao = String.format("AA%04d", i % 4);
            batch.add(position(icao, t.plusSeconds(i), 50 + i / 100.0, 8, 10_000 + i * 100));
            batch.add(squawk(icao, t.plusSeconds(i), i == 7 ? "7600" : "1000"));
        }
        batch.add(tick(t.plus(Duration.ofMinutes(15))));
        batch.add(position("AA0001", t.plus(Duration.ofMinutes(16)), 51, 9, 20_000));
        inject(batch);
        awaitApplied();
        String lastSeen = t.plus(Duration.ofMinutes(16)).toString();
        await().until(() -> lastSeen.equals(redis.opsForHash().get(REDIS_PREFIX + "aircraft:aa0001", "last_seen")));
        List<Map<String, Object>> aircraft = readModel.queryForList("select * from aircraft_states order by icao");
        List<Map<String, Object>> flights = readModel.queryForList("select * from flights order by flight_id");
        List<Map<String, Object>> points =
                readModel.queryForList("select * from track_points order by global_position");
        Map<Object, Object> liveHash = redis.opsForHash().entries(REDIS_PREFIX + "aircraft:aa0001");
        var liveGeo = redis.opsForZSet().rangeWithScores(REDIS_PREFIX + "aircraft:geo", 0, -1);

        var admin = new ApiClient(
                "http://127.0.0.1:" + port,
                HmacTokens.mint(SECRET, "e2e", List.of("admin"), Instant.now(), Duration.ofMinutes(10)));
        assertThat(admin.post("/api/admin/projections/flights-aircraft/rebuild", "")
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> admin.get("/api/admin/projections/flights-aircraft")
                        .json()
                        .get("status")
                        .asString()
                        .equals("DONE"));

        assertThat(readModel.queryForList("select * from aircraft_states order by icao"))
                .isEqualTo(aircraft);
        assertThat(readModel.queryForList("select * from flights order by flight_id"))
                .isEqualTo(flights);
        assertThat(readModel.queryForList("select * from track_points order by global_position"))
                .isEqualTo(points);
        assertThat(redis.opsForHash().entries(REDIS_PREFIX + "aircraft:aa0001")).isEqualTo(liveHash);
        assertThat(redis.opsForZSet().rangeWithScores(REDIS_PREFIX + "aircraft:geo", 0, -1))
                .isEqualTo(liveGeo);
        // four first flights (AA0001's closed by its own later contact, the others by the tick), AA0001's second
        assertThat(flights)
                .filteredOn(f -> f.get("icao").toString().startsWith("AA"))
                .hasSize(5);
    }

    private static void assertValidAircraftJson(JsonNode picture) throws Exception {
        JsonNode schemaNode;
        try (InputStream in = FlightsEndToEndIT.class.getResourceAsStream("/aircraft-json.schema.json")) {
            schemaNode = JsonMapper.shared().readTree(in);
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaNode.toString());
        assertThat(schema.validate(picture.toString(), com.networknt.schema.InputFormat.JSON))
                .isEmpty();
    }
}
