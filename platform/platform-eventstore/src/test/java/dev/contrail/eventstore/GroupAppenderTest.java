package dev.contrail.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batching alone, against a statement that records what it was given (the SQL is tested in PostgresEventStoreTest). */
class GroupAppenderTest {

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstStatementMayEnd = new CountDownLatch(1);
    private final List<GroupAppender> appenders = new ArrayList<>();
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void close() {
        appenders.forEach(GroupAppender::close);
        callers.shutdownNow();
    }

    /** The first statement waits until the test lets it end, so the next callers queue up behind it. */
    private GroupAppender appender(String refusedStream, String failingStream) {
        var appender = new GroupAppender(
                appends -> {
                    List<String> streams =
                            appends.stream().map(a -> a.append().streamId()).toList();
                    batches.add(streams);
                    if (batches.size() == 1) {
                        await(firstStatementMayEnd);
                    }
                    if (streams.contains(failingStream)) {
                        throw new IllegalArgumentException("bad data in " + failingStream);
                    }
                    Map<String, List<Long>> moved = new HashMap<>();
                    for (String stream : streams) {
                        if (!stream.equals(refusedStream)) {
                            moved.put(stream, List.of((long) batches.size()));
                        }
                    }
                    return moved;
                },
                64);
        appenders.add(appender);
        return appender;
    }

    private static EncodedAppend append(String stream) {
        return new EncodedAppend(ThingHappened.append(stream, 0, 1), List.of(), List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CompletableFuture<List<Long>>> queueBehindTheFirst(GroupAppender appender, String... streams)
            throws Exception {
        var first = CompletableFuture.supplyAsync(() -> appender.append(append("first")), callers);
        while (batches.isEmpty() && !first.isDone()) {
            Thread.sleep(1);
        }
        List<CompletableFuture<List<Long>>> queued = new ArrayList<>(List.of(first));
        for (String stream : streams) {
            queued.add(CompletableFuture.supplyAsync(() -> appender.append(append(stream)), callers));
        }
        Thread.sleep(200); // let them reach the queue
        firstStatementMayEnd.countDown();
        return queued;
    }

    @Test
    void appends_that_arrive_while_a_statement_runs_share_the_next_one() throws Exception {
        var queued = queueBehindTheFirst(appender(null, null), "a", "b", "c");

        assertThat(queued.get(0).get(10, TimeUnit.SECONDS)).containsExactly(1L);
        for (var later : queued.subList(1, queued.size())) {
            assertThat(later.get(10, TimeUnit.SECONDS)).containsExactly(2L);
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void a_stream_is_in_a_statement_at_most_once() throws Exception {
        var queued = queueBehindTheFirst(appender(null, null), "a", "a", "a");

        for (var future : queued) {
            future.get(10, TimeUnit.SECONDS);
        }
        assertThat(batches).hasSize(4).allSatisfy(batch -> assertThat(batch).doesNotHaveDuplicates());
    }

    @Test
    void a_stream_that_did_not_move_answers_null_and_the_others_are_appended() throws Exception {
        var queued = queueBehindTheFirst(appender("b", null), "a", "b", "c");

        assertThat(queued.get(1).get(10, TimeUnit.SECONDS)).containsExactly(2L);
        assertThat(queued.get(2).get(10, TimeUnit.SECONDS)).isNull();
        assertThat(queued.get(3).get(10, TimeUnit.SECONDS)).containsExactly(2L);
    }

    @Test
    void a_failing_statement_is_tried_one_append_at_a_time_and_only_the_bad_append_fails() throws Exception {
        var queued = queueBehindTheFirst(appender(null, "bad"), "a", "bad", "c");

        assertThat(queued.get(1).get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(queued.get(3).get(10, TimeUnit.SECONDS)).isNotNull();
        assertThatThrownBy(() -> queued.get(2).join()).hasRootCauseMessage("bad data in bad");
        assertThat(batches.subList(2, batches.size()))
                .containsExactlyInAnyOrder(List.of("a"), List.of("bad"), List.of("c"));
    }

    @Test
    void a_closed_appender_refuses_appends() {
        var appender = appender(null, null);
        appender.close();
        assertThatThrownBy(() -> appender.append(append("a"))).isInstanceOf(IllegalStateException.class);
    }
}
