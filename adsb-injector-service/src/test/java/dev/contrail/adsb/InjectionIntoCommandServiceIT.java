package dev.contrail.adsb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.adsb.events.ObservationEvent;
import dev.contrail.adsb.inject.HttpBatchPoster;
import dev.contrail.adsb.inject.InjectionSender;
import dev.contrail.adsb.inject.SenderSettings;
import dev.contrail.command.CommandServiceApplication;
import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.json.EventJson;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.flights.aircraft.AircraftObservation;
import dev.contrail.test.RunningService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The injector's real sender against a real command-service, PostgreSQL and Kafka. */
class InjectionIntoCommandServiceIT {

    private static final String SECRET = "injector-it-secret-injector-it-secret-42";
    private static final RunningService COMMAND_SERVICE =
            RunningService.start(CommandServiceApplication.class, "command-service", SECRET);
    private static final EventTypeRegistry REGISTRY = new EventTypeRegistry(FlightsEvents.TYPES);

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        COMMAND_SERVICE.close();
    }

    private List<ObservationEvent> decodeSample() throws Exception {
        Path capture = dir.resolve("modes1.avr");
        try (InputStream in = getClass().getResourceAsStream("/adsb/antirez-dump1090/modes1_decoded_avr.txt")) {
            Files.copy(in, capture);
        }
        var out = new StringWriter();
        int exit = DecodeCommand.run(
                new String[] {
                    "decode", "--input", capture.toString(), "--format", "avr", "--start-time", "2026-01-01T00:00:00Z"
                },
                out,
                new PrintStream(PrintStream.nullOutputStream()));
        assertThat(exit).isZero();
        return out.toString()
                .lines()
                .map(line -> {
                    JsonNode node = EventJson.mapper().readTree(line);
                    String type = node.get("type").asString();
                    return new ObservationEvent(
                            UUID.fromString(node.get("id").asString()),
                            node.get("source").asString(),
                            type,
                            node.get("subject").asString(),
                            Instant.parse(node.get("time").asString()),
                            (AircraftObservation)
                                    REGISTRY.decode(type, node.get("data").toString()));
                })
                .toList();
    }

    private void inject(List<ObservationEvent> events) throws Exception {
        var poster = new HttpBatchPoster(
                URI.create(COMMAND_SERVICE.url()), SECRET, Duration.ofSeconds(10), Clock.systemUTC());
        var settings = new SenderSettings(
                25, Duration.ofMillis(50), 64, 2, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(30));
        try (var sender = new InjectionSender(poster, settings, new SimpleMeterRegistry()).start()) {
            for (ObservationEvent event : events) {
                sender.accept(event);
            }
        }
    }

    @Test
    void a_capture_injected_twice_is_in_the_log_once() throws Exception {
        List<ObservationEvent> events = decodeSample();
        assertThat(events).hasSizeGreaterThan(50);
        var log = COMMAND_SERVICE.bean(JdbcTemplate.class);

        inject(events);
        long afterFirst =
                log.queryForObject("select count(*) from events where type like 'contrail.flights.%'", Long.class);
        inject(events);
        long afterSecond =
                log.queryForObject("select count(*) from events where type like 'contrail.flights.%'", Long.class);

        long subjects =
                events.stream().map(ObservationEvent::subject).distinct().count();
        // every observation once, plus the flight each aircraft's first contact opened
        assertThat(afterFirst)
                .isEqualTo(events.stream().map(ObservationEvent::id).distinct().count() + subjects);
        assertThat(log.queryForObject(
                        "select count(*) from events where type = 'contrail.flights.flight_opened.v1'", Long.class))
                .isEqualTo(subjects);
        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(log.queryForObject(
                        "select count(distinct stream_id) from events where stream_id like 'aircraft-%'", Long.class))
                .isEqualTo(subjects);
    }
}
