package dev.contrail.adsb.inject;

import dev.contrail.adsb.events.EventSink;
import dev.contrail.adsb.events.ObservationEvent;
import dev.contrail.flights.FlightsEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers events and delivers them in batches, by size and by time. A batch is sent again after
 * timeouts and 5xx until it is accepted, and sources block while the bounded buffer is full: a
 * command-service restart stalls injection instead of losing events, and the deterministic ids
 * turn any batch stored twice (response lost) into duplicates the log ignores.
 *
 * <p>Delivery runs in lanes, each a buffer and a thread with one batch in flight; an aircraft's
 * events always take the same lane, so they reach the log in the order they were seen. With one
 * batch in flight the injector and command-service take turns (one encodes while the other
 * decides and PostgreSQL writes); with two lanes they overlap. A cleanup tick closes the flights
 * silent at its time, so it waits until everything accepted before it has been delivered, whichever
 * lane carried it.
 */
public final class InjectionSender implements EventSink, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InjectionSender.class);
    private static final long CLOSE_CHECK_NANOS = 50_000_000;

    private final BatchPoster poster;
    private final SenderSettings settings;
    private final List<Lane> lanes = new ArrayList<>();
    /** Events accepted and not yet delivered (buffered or in a batch in flight). */
    private final AtomicInteger pending = new AtomicInteger();

    private final Timer latency;
    private final Counter delivered;
    private final Counter refused;
    private final Counter retries;
    private volatile boolean closing;

    public InjectionSender(BatchPoster poster, SenderSettings settings, MeterRegistry meters) {
        this.poster = poster;
        this.settings = settings;
        this.latency = Timer.builder("adsb.injection.latency")
                .description("time to deliver a batch, retries included")
                .publishPercentileHistogram()
                .register(meters);
        this.delivered = meters.counter("adsb.injection.events", "outcome", "accepted");
        this.refused = meters.counter("adsb.injection.events", "outcome", "refused");
        this.retries = meters.counter("adsb.injection.retries");
        meters.gauge("adsb.injection.backlog", this, InjectionSender::backlog);
        int capacity = Math.max(1, settings.bufferCapacity() / settings.lanes());
        for (int i = 0; i < settings.lanes(); i++) {
            lanes.add(new Lane(i, capacity));
        }
    }

    InjectionSender(BatchPoster poster, SenderSettings settings) {
        this(poster, settings, new SimpleMeterRegistry());
    }

    public InjectionSender start() {
        lanes.forEach(lane -> lane.worker.start());
        return this;
    }

    @Override
    public void accept(ObservationEvent event) throws InterruptedException {
        if (lanes.size() > 1 && FlightsEvents.CLEANUP_INTERVAL_ELAPSED.equals(event.type())) {
            while (pending.get() > 0 && !closing) {
                Thread.sleep(1);
            }
        }
        int lane = event.subject() == null ? 0 : Math.floorMod(event.subject().hashCode(), lanes.size());
        lanes.get(lane).buffer.put(event.toJson());
        pending.incrementAndGet();
    }

    /** Events buffered or in the batches being delivered. */
    public int backlog() {
        return Math.max(0, pending.get()); // a lane may deliver an event before accept() counted it
    }

    /** One buffer, and one thread delivering its batches one at a time. */
    private final class Lane {

        final BlockingQueue<String> buffer;
        final Thread worker;

        Lane(int index, int capacity) {
            buffer = new ArrayBlockingQueue<>(capacity);
            worker = Thread.ofPlatform().name("adsb-injection-sender-" + index).unstarted(this::run);
        }

        private void run() {
            List<String> batch = new ArrayList<>(settings.batchSize());
            try {
                while (!closing || !buffer.isEmpty()) {
                    String first = buffer.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    fill(batch);
                    deliver(batch);
                    pending.addAndGet(-batch.size());
                    batch.clear();
                }
            } catch (InterruptedException e) {
                log.warn("injection stopped with {} events undelivered", batch.size() + buffer.size());
            }
        }

        /**
         * Adds events until the batch is full or its first event has waited {@code maxDelay}; when
         * closing, sends what there is at once.
         */
        private void fill(List<String> batch) throws InterruptedException {
            long deadline = System.nanoTime() + settings.maxDelay().toNanos();
            while (batch.size() < settings.batchSize()) {
                buffer.drainTo(batch, settings.batchSize() - batch.size());
                long wait = deadline - System.nanoTime();
                if (batch.size() >= settings.batchSize() || wait <= 0 || closing) {
                    return;
                }
                String next = buffer.poll(Math.min(wait, CLOSE_CHECK_NANOS), TimeUnit.NANOSECONDS);
                if (next != null) {
                    batch.add(next);
                }
            }
        }
    }

    private void deliver(List<String> batch) throws InterruptedException {
        long start = System.nanoTime();
        long backoff = settings.initialBackoff().toMillis();
        while (true) {
            PostOutcome outcome = poster.post("[" + String.join(",", batch) + "]");
            switch (outcome) {
                case ACCEPTED -> {
                    delivered.increment(batch.size());
                    latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                    return;
                }
                case REFUSED -> {
                    refuse(batch);
                    return;
                }
                case RETRY -> {
                    retries.increment();
                    Thread.sleep(backoff);
                    backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
                }
            }
        }
    }

    /**
     * The endpoint refuses a batch whole when any event in it is invalid. Halving it until the
     * invalid events stand alone delivers every valid one; only the invalid ones are dropped.
     */
    private void refuse(List<String> batch) throws InterruptedException {
        if (batch.size() == 1) {
            refused.increment();
            log.error("dropping an event the log refuses: {}", batch.getFirst());
            return;
        }
        int half = batch.size() / 2;
        deliver(new ArrayList<>(batch.subList(0, half)));
        deliver(new ArrayList<>(batch.subList(half, batch.size())));
    }

    /** Delivers what is buffered, waiting at most the grace period, then stops. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + settings.shutdownGrace().toNanos();
        for (Lane lane : lanes) {
            lane.worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        for (Lane lane : lanes) {
            if (lane.worker.isAlive()) {
                lane.worker.interrupt();
                lane.worker.join();
            }
        }
    }
}
