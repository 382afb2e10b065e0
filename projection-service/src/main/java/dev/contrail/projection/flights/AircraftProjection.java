package dev.contrail.projection.flights;

import dev.contrail.core.event.RecordedEvent;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.messaging.EventHandler;
import dev.contrail.messaging.Subscription;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The flights-aircraft projection: the current picture of every aircraft, its flights and track
 * points in PostgreSQL, and the live picture in Redis. A poll is applied as a batch — each
 * aircraft it touches is read once, folded through the poll's events and written once — inside
 * the subscriber's transaction; Redis follows after the commit, with absolute values taken from the
 * rows just committed, so a poll retried after a failed commit cannot count anything twice.
 */
final class AircraftProjection implements EventHandler {

    static final String SUBSCRIPTION = "flights-aircraft";
    private static final Logger log = LoggerFactory.getLogger(AircraftProjection.class);

    private final AircraftTables tables;
    private final LivePicture live;

    AircraftProjection(AircraftTables tables, LivePicture live) {
        this.tables = tables;
        this.live = live;
    }

    Subscription subscription() {
        return new Subscription(SUBSCRIPTION, FlightsEvents.CONTEXT, this);
    }

    @Override
    public void handle(RecordedEvent<String> event) {
        handleAll(List.of(event));
    }

    @Override
    public void handleAll(List<RecordedEvent<String>> events) {
        Set<String> icaos = new LinkedHashSet<>();
        events.stream()
                .filter(PollChanges::concernsAircraft)
                .forEach(e -> icaos.add(e.envelope().subject()));
        var poll = new PollChanges(icaos.isEmpty() ? Map.of() : tables.load(icaos));
        events.forEach(poll::apply);
        if (poll.newestEventTime == null) {
            return; // nothing this projection knows
        }
        tables.save(poll.rows.values());
        tables.addTrackPoints(poll.points);
        tables.saveFlights(poll.flights.values());
        tables.touchOpenFlights(poll.openFlightTouches);
        tables.advancePicture(poll.newestEventTime, poll.messages);
        afterCommit(() -> {
            try {
                live.write(poll.rows.values(), poll.landed, poll.closedFlights());
            } catch (RuntimeException e) {
                // The read model is committed; Redis catches up with each aircraft's next update.
                log.warn("live picture in Redis not updated for {} aircraft: {}", poll.rows.size(), e.toString());
            }
        });
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @Override
    public void reset() {
        tables.clear();
        live.clear();
    }
}
