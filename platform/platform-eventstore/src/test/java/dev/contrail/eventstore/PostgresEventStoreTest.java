package dev.contrail.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contrail.core.event.InvalidEventException;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.eventstore.AppendResult.Appended;
import dev.contrail.eventstore.AppendResult.VersionConflict;
import dev.contrail.test.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import tools.jackson.databind.json.JsonMapper;

class PostgresEventStoreTest {

    private static final TestPostgres.Database DB = EventLogTestSupport.database(PostgresEventStoreTest.class);
    private final DataSource dataSource = DB.dataSource();
    private final PostgresEventStore store = new PostgresEventStore(dataSource, ThingHappened.REGISTRY);
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    private static String stream(String name) {
        return name + "-" + System.nanoTime();
    }

    @Test
    void appended_events_are_read_back_in_stream_order_with_their_envelope() {
        String s = stream("read");
        var appended = (Appended) store.append(ThingHappened.append(s, 0, 1, 2, 3), null);
        assertThat(appended.only().fromVersion()).isEqualTo(1);
        assertThat(appended.only().toVersion()).isEqualTo(3);
        assertThat(appended.only().positions()).isSorted().hasSize(3);

        List<RecordedEvent<String>> events = store.readStream(s, 0);
        assertThat(events).extracting(RecordedEvent::streamVersion).containsExactly(1L, 2L, 3L);
        assertThat(events)
                .extracting(RecordedEvent::globalPosition)
                .isEqualTo(appended.only().positions());
        assertThat(events.getFirst().data()).isEqualTo("{\"n\": 1, \"name\": \"" + s + "\"}");
        assertThat(events.getFirst().envelope().metadata().actor()).isEqualTo("tester");
        assertThat(events.getFirst().envelope().subject()).isEqualTo(s);
        assertThat(store.readStream(s, 2))
                .extracting(RecordedEvent::streamVersion)
                .containsExactly(3L);
        assertThat(store.currentVersion(s)).isEqualTo(3);
    }

    @Test
    void a_single_append_commits_where_connections_come_without_autocommit() throws Exception {
        DataSource manualCommit = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                connection.setAutoCommit(false);
                return connection;
            }
        };
        String s = stream("manual-commit");
        try (var manualStore = new PostgresEventStore(manualCommit, ThingHappened.REGISTRY)) {
            assertThat(manualStore.append(ThingHappened.append(s, 0, 1), null)).isInstanceOf(Appended.class);
        }

        assertThat(store.readStream(s, 0)).hasSize(1);
    }

    @Test
    void an_append_with_a_stale_expected_version_is_a_typed_conflict_and_records_nothing() {
        String s = stream("conflict");
        store.append(ThingHappened.append(s, 0, 1, 2), null);

        assertThat(store.append(ThingHappened.append(s, 1, 3), null)).isEqualTo(new VersionConflict(s, 1, 2));
        assertThat(store.append(ThingHappened.append(s, 0, 3), null)).isEqualTo(new VersionConflict(s, 0, 2));
        assertThat(store.append(ThingHappened.append(s, 5, 3), null)).isEqualTo(new VersionConflict(s, 5, 2));
        assertThat(store.readStream(s, 0)).hasSize(2);
    }

    @Test
    void two_writers_with_the_same_expected_version_exactly_one_wins() throws Exception {
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 25; round++) {
                String s = stream("race");
                store.append(ThingHappened.append(s, 0, 0), null);
                var barrier = new CyclicBarrier(2);
                Callable<AppendResult> writer = () -> {
                    barrier.await();
                    return store.append(ThingHappened.append(s, 1, 1), null);
                };
                List<Future<AppendResult>> results = pool.invokeAll(List.of(writer, writer));
                List<AppendResult> outcomes = new ArrayList<>();
                for (Future<AppendResult> r : results) {
                    outcomes.add(r.get());
                }
                assertThat(outcomes).filteredOn(Appended.class::isInstance).hasSize(1);
                assertThat(outcomes)
                        .filteredOn(VersionConflict.class::isInstance)
                        .hasSize(1);
                assertThat(store.readStream(s, 0)).hasSize(2);
            }
        }
    }

    @Test
    void concurrent_single_appends_share_commits_and_each_learns_its_own_positions() throws Exception {
        int writers = 8;
        int appendsEach = 20;
        try (var pool = Executors.newFixedThreadPool(writers)) {
            List<Callable<List<AppendResult>>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String s = stream("group");
                work.add(() -> {
                    List<AppendResult> results = new ArrayList<>();
                    for (int version = 0; version < appendsEach; version++) {
                        results.add(store.append(ThingHappened.append(s, version, version), null));
                    }
                    return results;
                });
            }
            for (Future<List<AppendResult>> writer : pool.invokeAll(work)) {
                for (AppendResult result : writer.get()) {
                    var appended = ((Appended) result).only();
                    var read = store.readStream(appended.streamId(), appended.fromVersion(), appended.toVersion());
                    assertThat(read).extracting(RecordedEvent::globalPosition).isEqualTo(appended.positions());
                }
            }
        }
        Integer transactions = jdbc.queryForObject(
                "select count(distinct transaction_id) from events where stream_id like 'group-%'", Integer.class);
        assertThat(transactions).as("commits shared by concurrent appends").isLessThan(writers * appendsEach);
    }

    @Test
    void a_repeated_idempotency_key_returns_the_first_result_and_appends_nothing() {
        String s = stream("idem");
        var key = new IdempotencyKey("k-" + s, "hash-1");
        var first = (Appended) store.append(ThingHappened.append(s, 0, 1), key);

        var again = store.append(ThingHappened.append(s, 0, 1), key);
        assertThat(again).isEqualTo(new AppendResult.Repeated(first));
        assertThat(store.readStream(s, 0)).hasSize(1);

        var otherRequest = store.append(ThingHappened.append(s, 1, 2), new IdempotencyKey(key.key(), "hash-2"));
        assertThat(otherRequest).isEqualTo(new AppendResult.KeyReused(key.key()));
        assertThat(store.readStream(s, 0)).hasSize(1);
    }

    @Test
    void an_append_to_several_streams_is_all_or_nothing() {
        String a = stream("multi-a");
        String b = stream("multi-b");
        store.append(ThingHappened.append(b, 0, 1), null);

        var result = store.appendAll(List.of(ThingHappened.append(a, 0, 1), ThingHappened.append(b, 0, 2)), null);
        assertThat(result).isEqualTo(new VersionConflict(b, 0, 1));
        assertThat(store.readStream(a, 0)).isEmpty();
        assertThat(store.currentVersion(a)).isZero();

        var both =
                (Appended) store.appendAll(List.of(ThingHappened.append(a, 0, 1), ThingHappened.append(b, 1, 2)), null);
        assertThat(both.streams())
                .extracting(AppendResult.AppendedStream::streamId)
                .containsExactly(a, b);
        assertThat(store.currentVersion(b)).isEqualTo(2);
    }

    @Test
    void loading_reads_only_the_open_partition_from_the_newest_closing_event() {
        String s = stream("partitioned");
        store.append(ThingHappened.append(s, 0, 1, 2), null);
        assertThat(store.readOpenPartition(s))
                .extracting(RecordedEvent::streamVersion)
                .containsExactly(1L, 2L);

        store.append(new StreamAppend(s, 2, List.of(BooksClosed.envelope(s, 3), ThingHappened.envelope(s, 4))), null);
        assertThat(store.readOpenPartition(s))
                .extracting(RecordedEvent::streamVersion)
                .containsExactly(3L, 4L);

        // several streams in one statement route their partitions the same way
        String other = stream("other");
        store.appendAll(
                List.of(
                        new StreamAppend(s, 4, List.of(ThingHappened.envelope(s, 5), BooksClosed.envelope(s, 6))),
                        new StreamAppend(other, 0, List.of(BooksClosed.envelope(other, 1)))),
                null);
        assertThat(store.readOpenPartition(s))
                .extracting(RecordedEvent::streamVersion)
                .containsExactly(6L);
        assertThat(store.readOpenPartition(other))
                .extracting(RecordedEvent::streamVersion)
                .containsExactly(1L);
        assertThat(store.readStream(s, 0)).hasSize(6);
        assertThat(store.readOpenPartition(stream("absent"))).isEmpty();
    }

    @Test
    void idle_open_streams_are_found_by_the_event_time_of_their_newest_event() {
        String prefix = stream("idle") + "/";
        String open = prefix + "open";
        String closed = prefix + "closed";
        String recent = prefix + "recent";
        store.appendAll(
                List.of(
                        ThingHappened.append(open, 0, 1, 10),
                        new StreamAppend(
                                closed,
                                0,
                                List.of(ThingHappened.envelope(closed, 1), BooksClosed.envelope(closed, 10))),
                        ThingHappened.append(recent, 0, 1, 100)),
                null);
        store.append(ThingHappened.append(open, 2, 5), null); // an older event does not make the stream look idler

        Instant cutoff = Instant.parse("2026-01-01T00:00:50Z");
        assertThat(store.idleOpenStreams(prefix, cutoff)).containsExactly(open);
        assertThat(store.idleOpenStreams(prefix, Instant.parse("2026-01-01T00:00:05Z")))
                .isEmpty();
    }

    @Test
    void the_log_is_read_in_numeric_transaction_order_when_transaction_ids_change_length() {
        // Written as an old transaction would have (ids below every running one), 9999 then 10000:
        // as text "10000" sorts first, and a page of one would skip 9999 for good.
        String s = stream("xid-digits");
        for (long xid : new long[] {10_000, 9_999}) {
            jdbc.update(
                    "insert into events (transaction_id, event_id, stream_id, stream_version, type, source, time, data)"
                            + " values (?::text::xid8, gen_random_uuid(), ?, ?, ?, 'test', now(), ?::jsonb)",
                    Long.toString(xid),
                    s,
                    xid == 9_999 ? 1 : 2,
                    ThingHappened.TYPE,
                    "{\"name\": \"" + s + "\", \"n\": " + xid + "}");
        }

        LogPage first = store.readAll(new LogPosition(9_998, 0), 1);
        LogPage second = store.readAll(first.next(), 1);

        assertThat(first.entries().getFirst().position().transactionId()).isEqualTo(9_999);
        assertThat(second.entries().getFirst().position().transactionId()).isEqualTo(10_000);
    }

    @Test
    void data_that_breaks_its_schema_never_reaches_the_log() {
        String s = stream("invalid");
        var bad = JsonMapper.shared().readTree("{\"name\": 7}");
        var envelope = ThingHappened.envelope(s, 1).withData(bad);
        assertThatThrownBy(() -> store.append(new StreamAppend(s, 0, List.of(envelope)), null))
                .isInstanceOf(InvalidEventException.class);
        assertThat(store.currentVersion(s)).isZero();
    }

    @Test
    void read_all_pages_through_the_log_in_commit_order_without_repeats() {
        for (int i = 0; i < 7; i++) {
            store.append(ThingHappened.append(stream("page"), 0, i), null);
        }
        List<Long> seen = new ArrayList<>();
        LogPosition position = LogPosition.START;
        for (LogPage page = store.readAll(position, 3); !page.events().isEmpty(); page = store.readAll(position, 3)) {
            page.events().forEach(e -> seen.add(e.globalPosition()));
            assertThat(page.next()).isGreaterThan(position);
            position = page.next();
        }
        Long total = jdbc.queryForObject("select count(*) from events", Long.class);
        assertThat(seen).hasSize(total.intValue()).doesNotHaveDuplicates();
    }

    private List<java.util.UUID> idsReadable() {
        List<java.util.UUID> ids = new ArrayList<>();
        LogPosition position = LogPosition.START;
        for (LogPage page = store.readAll(position, 500); !page.isEmpty(); page = store.readAll(position, 500)) {
            page.events().forEach(e -> ids.add(e.id()));
            position = page.next();
        }
        return ids;
    }

    @Test
    void a_running_transaction_of_this_database_holds_the_log_back_until_it_ends() throws Exception {
        try (var older = dataSource.getConnection()) {
            older.setAutoCommit(false);
            older.createStatement().execute("select pg_current_xact_id()"); // takes a transaction id, stays open
            String s = stream("held");
            store.append(ThingHappened.append(s, 0, 1), null);
            var id = store.readStream(s, 0).getFirst().id();
            assertThat(idsReadable()).doesNotContain(id);
            older.rollback();
            assertThat(idsReadable()).contains(id);
        }
    }

    @Test
    void a_running_transaction_of_another_database_does_not_hold_the_log_back() throws Exception {
        var other = TestPostgres.newDatabase("PostgresEventStoreTest_other");
        try (var foreign = other.dataSource().getConnection()) {
            foreign.setAutoCommit(false);
            foreign.createStatement().execute("select pg_current_xact_id()");
            String s = stream("not-held");
            store.append(ThingHappened.append(s, 0, 1), null);
            assertThat(idsReadable()).contains(store.readStream(s, 0).getFirst().id());
            foreign.rollback();
        }
    }

    @Test
    void the_log_refuses_update_and_delete_even_to_its_owner() {
        store.append(ThingHappened.append(stream("immutable"), 0, 1), null);
        assertThatThrownBy(() -> jdbc.update("update events set type = 'x'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from events")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate events")).hasMessageContaining("append-only");
    }

    @Test
    void the_application_role_may_append_but_has_no_update_or_delete_grant() {
        store.append(ThingHappened.append(stream("grants"), 0, 1), null);
        String sql = "select has_table_privilege('contrail_app', 'events', ?)";
        assertThat(jdbc.queryForObject(sql, Boolean.class, "INSERT")).isTrue();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "SELECT")).isTrue();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "UPDATE")).isFalse();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "DELETE")).isFalse();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "TRUNCATE")).isFalse();
    }

    @Test
    void only_the_newest_snapshot_is_kept() {
        String s = stream("snap");
        store.saveSnapshot(new Snapshot(s, "thing", 1, 10, "{\"v\": 10}"));
        store.saveSnapshot(new Snapshot(s, "thing", 1, 5, "{\"v\": 5}"));
        assertThat(store.loadSnapshot(s)).contains(new Snapshot(s, "thing", 1, 10, "{\"v\": 10}"));
        store.saveSnapshot(new Snapshot(s, "thing", 2, 20, "{\"v\": 20}"));
        assertThat(store.loadSnapshot(s)).contains(new Snapshot(s, "thing", 2, 20, "{\"v\": 20}"));
    }
}
