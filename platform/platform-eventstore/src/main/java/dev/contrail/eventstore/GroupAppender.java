package dev.contrail.eventstore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Group commit for single-stream appends made outside a transaction: the appends of concurrent
 * callers go out as one statement, one commit and one WAL flush instead of one each (on this
 * project's two-core machine a deposit's share of PostgreSQL's work fell to about a third). Under
 * light load a batch holds one append and nothing waits for company; under load batches grow by
 * themselves while the previous one commits.
 *
 * <p>One writer: batches are never in flight together, so they neither wait for each other's row
 * locks nor deadlock (two writers made smaller batches and cost PostgreSQL half as much again per
 * append). A stream appears in a batch at most once; a second append to it starts the next batch,
 * where its expected version decides as it would have alone.
 */
final class GroupAppender implements AutoCloseable {

    /** One statement for a batch: the new events' positions of each stream that moved, in order; streams that did not move are absent. */
    interface Statement extends Function<List<EncodedAppend>, Map<String, List<Long>>> {}

    private record Request(EncodedAppend append, CompletableFuture<List<Long>> positions) {
        String streamId() {
            return append.append().streamId();
        }
    }

    private final Statement statement;
    private final int maxBatch;
    private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean closed;

    GroupAppender(Statement statement, int maxBatch) {
        this.statement = statement;
        this.maxBatch = maxBatch;
    }

    /**
     * Appends and waits until committed. Returns the positions of the events, or null when the
     * stream was not at the expected version; an error of the statement is rethrown here.
     */
    List<Long> append(EncodedAppend append) {
        if (closed) {
            throw new IllegalStateException("the event store is closed");
        }
        if (writer == null) {
            startWriter();
        }
        var request = new Request(append, new CompletableFuture<>());
        queue.add(request);
        if (closed) { // the writer may have gone before the request was queued
            request.positions().completeExceptionally(new IllegalStateException("the event store is closed"));
        }
        try {
            return request.positions().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private synchronized void startWriter() {
        if (writer == null && !closed) {
            writer = Thread.ofPlatform().name("group-append").daemon().start(this::drive);
        }
    }

    /** Writes batches until closed; a writer that dies (an Error) closes the appender rather than leave callers waiting. */
    private void drive() {
        List<Request> batch = new ArrayList<>();
        Request next = null;
        try {
            while (!closed) {
                batch = new ArrayList<>();
                batch.add(next != null ? next : queue.take());
                next = null;
                Set<String> streams = new HashSet<>(List.of(batch.getFirst().streamId()));
                Request request;
                while (batch.size() < maxBatch && (request = queue.poll()) != null) {
                    if (!streams.add(request.streamId())) {
                        next = request;
                        break;
                    }
                    batch.add(request);
                }
                write(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed = true;
            var refused = new IllegalStateException("the event store is closed");
            batch.forEach(r -> r.positions().completeExceptionally(refused)); // no effect on answered ones
            if (next != null) {
                next.positions().completeExceptionally(refused);
            }
            queue.forEach(r -> r.positions().completeExceptionally(refused));
        }
    }

    /** A failing statement is retried one append at a time, so only the append at fault fails. */
    private void write(List<Request> batch) {
        try {
            Map<String, List<Long>> moved =
                    statement.apply(batch.stream().map(Request::append).toList());
            batch.forEach(r -> r.positions().complete(moved.get(r.streamId())));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().positions().completeExceptionally(e);
            } else {
                batch.forEach(r -> write(List.of(r)));
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (writer != null) {
            writer.interrupt();
        }
    }
}
