package dev.contrail.adsb.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.contrail.adsb.events.ObservationEvent;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.flights.aircraft.AircraftObservation.SquawkReceived;
import dev.contrail.flights.track.CleanupIntervalElapsed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InjectionSenderTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-bytes!!";

    private final InjectionStub stub = new InjectionStub();

    InjectionSenderTest() throws Exception {}

    @AfterEach
    void stop() {
        stub.close();
    }

    private InjectionSender sender(int batchSize, Duration maxDelay, int buffer) {
        return sender(batchSize, maxDelay, buffer, 1);
    }

    private InjectionSender sender(int batchSize, Duration maxDelay, int buffer, int lanes) {
        var poster = new HttpBatchPoster(stub.uri(), SECRET, Duration.ofSeconds(5), Clock.systemUTC());
        var settings = new SenderSettings(
                batchSize,
                maxDelay,
                buffer,
                lanes,
                Duration.ofMillis(10),
                Duration.ofMillis(50),
                Duration.ofSeconds(10));
        return new InjectionSender(poster, settings).start();
    }

    private static List<ObservationEvent> events(int n) {
        return events(n, "4840D6");
    }

    private static List<ObservationEvent> events(int n, String icao) {
        List<ObservationEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(ObservationEvent.of(
                    "rx", 1_000L + i, new byte[] {(byte) i, (byte) icao.hashCode()}, new SquawkReceived(icao, "1200")));
        }
        return events;
    }

    private static List<String> ids(List<ObservationEvent> events) {
        return events.stream().map(e -> e.id().toString()).toList();
    }

    @Test
    void fullBatchesGoAtOnceWithTheBatchContentTypeAndABearerToken() throws Exception {
        var events = events(1200);
        try (var sender = sender(500, Duration.ofSeconds(30), 5000)) {
            for (var e : events) {
                sender.accept(e);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> stub.stored.size() == 1000);
        }
        assertThat(stub.requests).extracting(r -> r.ids().size()).startsWith(500, 500);
        assertThat(stub.stored).containsExactlyElementsOf(ids(events));
        assertThat(stub.requests).allSatisfy(r -> {
            assertThat(r.contentType()).isEqualTo("application/cloudevents-batch+json");
            assertThat(r.authorization()).startsWith("Bearer ey");
        });
    }

    @Test
    void aPartialBatchGoesWhenItsFirstEventHasWaitedMaxDelay() throws Exception {
        try (var sender = sender(500, Duration.ofMillis(100), 5000)) {
            long start = System.nanoTime();
            for (var e : events(3)) {
                sender.accept(e);
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> stub.stored.size() == 3);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
            assertThat(stub.requests).hasSize(1);
        }
    }

    @Test
    void aServiceUnavailableThenAcceptedSequenceLosesAndDuplicatesNothing() throws Exception {
        stub.script.add(503);
        stub.script.add(503);
        stub.script.add(500);
        var events = events(50);
        try (var sender = sender(20, Duration.ofMillis(20), 1000)) {
            for (var e : events) {
                sender.accept(e);
            }
        } // close delivers what is buffered
        assertThat(stub.requests).extracting(InjectionStub.Request::status).startsWith(503, 503, 500, 202);
        assertThat(stub.requests.get(3).ids()).isEqualTo(stub.requests.get(0).ids());
        assertThat(stub.stored).containsExactlyElementsOf(ids(events));
    }

    @Test
    void aRefusedBatchIsSplitSoOnlyTheInvalidEventIsDropped() throws Exception {
        stub.script.add(422); // batch of 4
        stub.script.add(422); // first half
        stub.script.add(202); // first quarter
        stub.script.add(422); // second quarter: the bad event
        var events = events(4);
        try (var sender = sender(4, Duration.ofSeconds(30), 100)) {
            for (var e : events) {
                sender.accept(e);
            }
        }
        assertThat(stub.stored)
                .containsExactlyInAnyOrderElementsOf(ids(List.of(events.get(0), events.get(2), events.get(3))));
    }

    @Test
    void aFullBufferBlocksTheSourceUntilTheLogTakesEventsAgain() throws Exception {
        stub.gate.drainPermits(); // command-service stalls
        var events = events(200);
        AtomicInteger handedOver = new AtomicInteger();
        try (var sender = sender(10, Duration.ofMillis(10), 50)) {
            Thread source = Thread.ofPlatform().start(() -> {
                try {
                    for (var e : events) {
                        sender.accept(e);
                        handedOver.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> source.getState() == Thread.State.WAITING);
            Thread.sleep(200);
            // the buffer (50) plus the batch in flight (10); nothing more is taken
            assertThat(handedOver.get()).isEqualTo(60);
            assertThat(sender.backlog()).isEqualTo(60);
            stub.gate.release(Integer.MAX_VALUE);
            source.join(10_000);
            assertThat(handedOver.get()).isEqualTo(200);
        }
        assertThat(stub.stored).containsExactlyElementsOf(ids(events));
    }

    @Test
    void lanesDeliverBatchesSideBySideAndKeepEachAircraftsOrder() throws Exception {
        stub.gate.drainPermits(); // the log holds every request until released
        List<List<ObservationEvent>> aircraft = new ArrayList<>();
        for (String icao : List.of("4840D6", "3C6586", "A0B1C2", "406A93", "7C1234", "E80451")) {
            aircraft.add(events(30, icao));
        }
        try (var sender = sender(10, Duration.ofMillis(10), 1000, 2)) {
            for (int i = 0; i < 30; i++) {
                for (var events : aircraft) {
                    sender.accept(events.get(i));
                }
            }
            // both lanes have a batch waiting at the stalled log: two requests are in flight at once
            await().atMost(Duration.ofSeconds(5)).until(() -> stub.gate.getQueueLength() == 2);
            stub.gate.release(Integer.MAX_VALUE);
        }
        assertThat(stub.stored).hasSize(180);
        for (var events : aircraft) {
            assertThat(stub.stored.stream().filter(ids(events)::contains).toList())
                    .containsExactlyElementsOf(ids(events));
        }
    }

    @Test
    void aCleanupTickWaitsUntilEverythingBeforeItIsDelivered() throws Exception {
        stub.gate.drainPermits();
        var before = new ArrayList<ObservationEvent>();
        for (String icao : List.of("4840D6", "3C6586", "A0B1C2", "406A93")) {
            before.addAll(events(5, icao));
        }
        var tick = new ObservationEvent(
                UUID.randomUUID(),
                ObservationEvent.SOURCE_PREFIX + "rx",
                FlightsEvents.CLEANUP_INTERVAL_ELAPSED,
                "cleanup",
                Instant.ofEpochMilli(2_000),
                new CleanupIntervalElapsed(60));
        try (var sender = sender(50, Duration.ofMillis(10), 1000, 2)) {
            for (var e : before) {
                sender.accept(e);
            }
            Thread source = Thread.ofPlatform().start(() -> {
                try {
                    sender.accept(tick);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> source.getState() == Thread.State.TIMED_WAITING);
            Thread.sleep(100);
            assertThat(source.isAlive())
                    .as("the tick waits while earlier events are undelivered")
                    .isTrue();
            stub.gate.release(Integer.MAX_VALUE);
            source.join(10_000);
        }
        assertThat(stub.stored).hasSize(21);
        assertThat(stub.stored.getLast()).isEqualTo(tick.id().toString());
    }
}
