package dev.contrail.eventstore;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.json.EventJson;
import dev.contrail.eventstore.AppendResult.Appended;
import dev.contrail.eventstore.AppendResult.AppendedStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log in PostgreSQL. Appends are atomic across streams, guarded per stream by a
 * compare-and-set of its version, and recorded with their transaction id so the log can be read
 * in commit-safe order without a time margin.
 */
public final class PostgresEventStore implements AutoCloseable {

    private static final String COLUMNS =
            "global_position, transaction_id::text, event_id, stream_id, stream_version, type, source, subject, time, data::text, metadata::text";
    /** How many concurrent single-stream appends one statement carries at most. */
    private static final int GROUP_MAX_APPENDS = 64;
    /** The channel relays LISTEN on. */
    public static final String NOTIFY_CHANNEL = "contrail_events";

    private static final String APPEND_ALL = """
            with wanted as (
                select * from unnest(?::text[], ?::int8[], ?::int8[], ?::int8[], ?::text[]::timestamptz[])
                    as w (stream_id, expected, version, partition_from, last_time)
            ), bumped as (
                update streams s set version = w.version, updated_at = now(),
                    open_partition_from = greatest(s.open_partition_from, w.partition_from),
                    last_event_time = greatest(s.last_event_time, w.last_time)
                from wanted w
                where s.stream_id = w.stream_id and w.expected > 0 and s.version = w.expected
                returning s.stream_id
            ), created as (
                insert into streams (stream_id, version, open_partition_from, last_event_time)
                select stream_id, version, partition_from, last_time from wanted where expected = 0
                on conflict do nothing returning stream_id
            )
            insert into events (event_id, stream_id, stream_version, type, source, subject, time, data, metadata)
            select v.event_id, v.stream_id, v.stream_version, v.type, v.source, v.subject, v.time::timestamptz, v.data::jsonb, v.metadata::jsonb
            from unnest(?::uuid[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                with ordinality as v (event_id, stream_id, stream_version, type, source, subject, time, data, metadata, ord)
            where v.stream_id in (select stream_id from bumped union all select stream_id from created)
            order by v.ord
            returning stream_id, stream_version, global_position
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventTypeRegistry registry;
    private final AppendNotifier notifier;
    private final GroupAppender groupAppender;
    private final TransactionHorizon horizon;
    private final JsonMapper json = EventJson.mapper();
    private volatile Boolean poolAutocommits;

    public PostgresEventStore(DataSource dataSource, EventTypeRegistry registry) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.registry = registry;
        this.notifier = new AppendNotifier(dataSource, NOTIFY_CHANNEL);
        this.groupAppender = new GroupAppender(this::appendRows, GROUP_MAX_APPENDS);
        this.horizon = new TransactionHorizon(jdbc);
    }

    @Override
    public void close() {
        groupAppender.close();
        notifier.close();
    }

    /**
     * While added, the listener is called after each append through this store commits, and no
     * NOTIFY goes over PostgreSQL: for the relay that leads in this process (it listens for other
     * processes' appends itself).
     */
    public void addAppendListener(Runnable listener) {
        notifier.addLocalListener(listener);
    }

    public void removeAppendListener(Runnable listener) {
        notifier.removeLocalListener(listener);
    }

    public EventTypeRegistry registry() {
        return registry;
    }

    public AppendResult append(StreamAppend append, IdempotencyKey key) {
        return appendAll(List.of(append), key);
    }

    /** Appends to every stream or to none, in one transaction; each stream at most once. */
    public AppendResult appendAll(List<StreamAppend> appends, IdempotencyKey key) {
        if (appends.stream().map(StreamAppend::streamId).distinct().count() != appends.size()) {
            throw new IllegalArgumentException("a stream appears twice in one append");
        }
        List<EncodedAppend> encoded = appends.stream().map(this::encode).toList();
        if (key != null) {
            Optional<AppendResult> earlier = earlierResult(key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            AppendResult result = key == null && encoded.size() == 1 && autocommits()
                    ? new Appended(List.of(groupAppend(encoded.getFirst())))
                    : transactions.execute(status -> {
                        var appended = new Appended(insertAll(encoded));
                        if (key != null) {
                            jdbc.update(
                                    "insert into idempotency_keys (idempotency_key, request_hash, result) values (?, ?, ?::jsonb)",
                                    key.key(),
                                    key.requestHash(),
                                    json.writeValueAsString(appended));
                        }
                        return appended;
                    });
            notifier.appended();
            return result;
        } catch (ConflictSignal conflict) {
            // A concurrent request with the same key may have won the race: its result is the answer.
            Optional<AppendResult> earlier = key == null ? Optional.empty() : earlierResult(key);
            return earlier.orElseGet(() -> new AppendResult.VersionConflict(
                    conflict.streamId, conflict.expectedVersion, currentVersion(conflict.streamId)));
        } catch (DuplicateKeyException duplicate) {
            // Only a concurrent request with the same key explains a duplicate here; anything else is a bug.
            if (key == null) {
                throw duplicate;
            }
            return earlierResult(key).orElseThrow(() -> duplicate);
        }
    }

    /**
     * Whether a statement here commits by itself: not inside a caller's transaction (the append
     * then joins it) and not on a pool configured without autocommit (it would roll back on return).
     * The pool's setting is asked once: pools hand every connection back with it.
     */
    private boolean autocommits() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        Boolean pool = poolAutocommits;
        if (pool == null) {
            pool = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) Connection::getAutoCommit));
            poolAutocommits = pool;
        }
        return pool;
    }

    private EncodedAppend encode(StreamAppend append) {
        List<String> data = new ArrayList<>();
        List<String> metadata = new ArrayList<>();
        for (EventEnvelope<?> event : append.events()) {
            data.add(registry.encode(event.type(), event.data()));
            metadata.add(json.writeValueAsString(event.metadata()));
        }
        return new EncodedAppend(append, data, metadata);
    }

    /**
     * Appends to several streams, all or none: a stream that did not move means another writer
     * won, and the caller's transaction is rolled back through {@link ConflictSignal}.
     */
    private List<AppendedStream> insertAll(List<EncodedAppend> appends) {
        Map<String, List<Long>> moved = appendRows(appends);
        List<AppendedStream> result = new ArrayList<>(appends.size());
        for (EncodedAppend encoded : appends) {
            result.add(appended(encoded.append(), moved.get(encoded.append().streamId())));
        }
        return result;
    }

    /** One stream, committed with whatever other callers append at the same moment. */
    private AppendedStream groupAppend(EncodedAppend encoded) {
        return appended(encoded.append(), groupAppender.append(encoded));
    }

    private static AppendedStream appended(StreamAppend append, List<Long> positions) {
        if (positions == null) {
            throw new ConflictSignal(append.streamId(), append.expectedVersion());
        }
        return new AppendedStream(
                append.streamId(),
                append.expectedVersion() + 1,
                append.expectedVersion() + append.events().size(),
                positions);
    }

    /**
     * Appends to several streams in one statement: each stream's version moves by compare-and-set
     * (or the stream is created when 0 was expected), and only the events of streams that moved
     * are inserted. Returns the positions of each moved stream's events in order; a stream that
     * did not move is absent.
     */
    private Map<String, List<Long>> appendRows(List<EncodedAppend> appends) {
        int streams = appends.size();
        int events = appends.stream().mapToInt(a -> a.append().events().size()).sum();
        String[] streamIds = new String[streams];
        Long[] expected = new Long[streams];
        Long[] versions = new Long[streams];
        Long[] partitionsFrom = new Long[streams];
        String[] lastTimes = new String[streams];
        UUID[] ids = new UUID[events];
        String[] eventStreams = new String[events];
        Long[] eventVersions = new Long[events];
        String[][] text = new String[6][events]; // type, source, subject, time, data, metadata
        int e = 0;
        for (int s = 0; s < streams; s++) {
            StreamAppend append = appends.get(s).append();
            streamIds[s] = append.streamId();
            expected[s] = append.expectedVersion();
            versions[s] = append.expectedVersion() + append.events().size();
            partitionsFrom[s] = partitionFrom(append);
            lastTimes[s] = lastTime(append).toString();
            for (int i = 0; i < append.events().size(); i++, e++) {
                EventEnvelope<?> event = append.events().get(i);
                ids[e] = event.id();
                eventStreams[e] = append.streamId();
                eventVersions[e] = append.expectedVersion() + i + 1;
                text[0][e] = event.type();
                text[1][e] = event.source();
                text[2][e] = event.subject();
                text[3][e] = event.time().toString();
                text[4][e] = appends.get(s).data().get(i);
                text[5][e] = appends.get(s).metadata().get(i);
            }
        }
        Map<String, List<long[]>> appended = new HashMap<>();
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(APPEND_ALL);
                    statement.setArray(1, connection.createArrayOf("text", streamIds));
                    statement.setArray(2, connection.createArrayOf("int8", expected));
                    statement.setArray(3, connection.createArrayOf("int8", versions));
                    statement.setArray(4, connection.createArrayOf("int8", partitionsFrom));
                    statement.setArray(5, connection.createArrayOf("text", lastTimes));
                    statement.setArray(6, connection.createArrayOf("uuid", ids));
                    statement.setArray(7, connection.createArrayOf("text", eventStreams));
                    statement.setArray(8, connection.createArrayOf("int8", eventVersions));
                    for (int column = 0; column < text.length; column++) {
                        statement.setArray(9 + column, connection.createArrayOf("text", text[column]));
                    }
                    return statement;
                },
                rs -> {
                    appended.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new long[] {rs.getLong(2), rs.getLong(3)});
                });
        Map<String, List<Long>> positions = new HashMap<>();
        appended.forEach((stream, rows) -> {
            rows.sort((a, b) -> Long.compare(a[0], b[0]));
            positions.put(stream, rows.stream().map(r -> r[1]).toList());
        });
        return positions;
    }

    /** Where the stream's open partition starts after this append: its last closing event, else 1 (unchanged). */
    private long partitionFrom(StreamAppend append) {
        for (int i = append.events().size() - 1; i >= 0; i--) {
            if (registry.closesPartition(append.events().get(i).type())) {
                return append.expectedVersion() + i + 1;
            }
        }
        return 1;
    }

    private static OffsetDateTime lastTime(StreamAppend append) {
        return append.events().stream()
                .map(EventEnvelope::time)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .atOffset(ZoneOffset.UTC);
    }

    /** The outcome of an earlier request with this key: {@code Repeated}, {@code KeyReused}, or empty when the key is new. */
    public Optional<AppendResult> earlierResult(IdempotencyKey key) {
        return jdbc
                .query(
                        "select request_hash, result::text from idempotency_keys where idempotency_key = ?",
                        (rs, row) -> key.requestHash().equals(rs.getString(1))
                                ? (AppendResult)
                                        new AppendResult.Repeated(json.readValue(rs.getString(2), Appended.class))
                                : new AppendResult.KeyReused(key.key()),
                        key.key())
                .stream()
                .findFirst();
    }

    /** Which of these event ids the log holds already. */
    public Set<UUID> existingEventIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement("select event_id from events where event_id = any(?)");
                    statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                    return statement;
                },
                (rs, row) -> rs.getObject(1, UUID.class)));
    }

    /** The current version of each stream that exists; absent streams are missing from the map. */
    public Map<String, Long> currentVersions(Collection<String> streamIds) {
        Map<String, Long> versions = new HashMap<>();
        if (streamIds.isEmpty()) {
            return versions;
        }
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "select stream_id, version from streams where stream_id = any(?)");
                    statement.setArray(1, connection.createArrayOf("text", streamIds.toArray()));
                    return statement;
                },
                rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                });
        return versions;
    }

    /** The stream's version; 0 when it does not exist. */
    public long currentVersion(String streamId) {
        return jdbc
                .query("select version from streams where stream_id = ?", (rs, row) -> rs.getLong(1), streamId)
                .stream()
                .findFirst()
                .orElse(0L);
    }

    /** The stream's events after a version, in order. */
    public List<RecordedEvent<String>> readStream(String streamId, long afterVersion) {
        return jdbc.query(
                "select " + COLUMNS + " from events where stream_id = ? and stream_version > ? order by stream_version",
                this::recorded,
                streamId,
                afterVersion);
    }

    /**
     * The open partition of a stream: its newest closing event (which carries the state forward)
     * and what followed, or the whole stream if it was never closed. Loads cost the same however
     * many partitions were closed before.
     */
    public List<RecordedEvent<String>> readOpenPartition(String streamId) {
        return jdbc.query(
                "select " + COLUMNS + " from events where stream_id = ? and stream_version >="
                        + " (select open_partition_from from streams where stream_id = ?) order by stream_version",
                this::recorded,
                streamId,
                streamId);
    }

    /**
     * Streams with this prefix whose open partition holds more than its opening event and whose
     * newest event is older than {@code before} (event time): candidates to be closed by
     * whoever decides it.
     */
    public List<String> idleOpenStreams(String prefix, Instant before) {
        return jdbc.queryForList(
                "select stream_id from streams where stream_id like ? and version > open_partition_from"
                        + " and last_event_time < ? order by stream_id",
                String.class,
                prefix.replace("%", "\\%").replace("_", "\\_") + "%",
                before.atOffset(ZoneOffset.UTC));
    }

    /** Events with the given versions of a stream, for answering a repeated request. */
    public List<RecordedEvent<String>> readStream(String streamId, long fromVersion, long toVersion) {
        return jdbc.query(
                "select " + COLUMNS
                        + " from events where stream_id = ? and stream_version between ? and ? order by stream_version",
                this::recorded,
                streamId,
                fromVersion,
                toVersion);
    }

    /**
     * The next events of the whole log after a position, in commit-safe order. Only transactions
     * below the {@link TransactionHorizon} are read, so an event committed late is read late,
     * never skipped. Call it outside any transaction.
     */
    public LogPage readAll(LogPosition after, int limit) {
        return readAll(after, limit, null);
    }

    /** As {@link #readAll(LogPosition, int)}, only events of one bounded context (null for all). */
    public LogPage readAll(LogPosition after, int limit, String context) {
        List<LogPage.Entry> entries = new ArrayList<>(Math.min(limit, 1_000));
        String horizon = Long.toString(this.horizon.current());
        String typeFilter = context == null ? "" : " and type like ?";
        Object[] args = context == null
                ? new Object[] {Long.toString(after.transactionId()), after.globalPosition(), horizon, limit}
                : new Object[] {
                    Long.toString(after.transactionId()),
                    after.globalPosition(),
                    horizon,
                    "contrail." + context + ".%",
                    limit
                };
        String sql = "select " + COLUMNS + " from events"
                + " where (transaction_id, global_position) > (?::text::xid8, ?)"
                + " and transaction_id < ?::text::xid8" + typeFilter
                // "events.": the bare name would be the text column of the select list (10000 < 9999)
                + " order by events.transaction_id, events.global_position limit ?";
        RowCallbackHandler collect = rs -> {
            RecordedEvent<String> event = recorded(rs, 0);
            entries.add(
                    new LogPage.Entry(event, new LogPosition(Long.parseLong(rs.getString(2)), event.globalPosition())));
        };
        if (context == null) {
            jdbc.query(sql, collect, args); // the relay's read: one statement, the index is the only sensible plan
        } else {
            // With the context filter the planner, on a freshly filled log whose statistics lag, may
            // collect every later event and sort them (a thousand times slower than walking the
            // commit-order index and stopping after `limit` rows): walk the index. Disabling plans
            // makes the estimated cost huge, which would have PostgreSQL compile the query with LLVM
            // on every page (200 ms of a 290 ms read of 50,000 events): no JIT either.
            transactions.executeWithoutResult(status -> {
                jdbc.execute("set local enable_bitmapscan = off; set local enable_seqscan = off; set local jit = off");
                jdbc.query(sql, collect, args);
            });
        }
        return new LogPage(
                entries, entries.isEmpty() ? after : entries.getLast().position());
    }

    /** Whether committed events exist after the position that the horizon still holds back. */
    public boolean hasEventsBeyondHorizon(LogPosition after) {
        // Not "select exists (...)": the planner drops an ordering inside EXISTS, guesses from stale
        // statistics that a third of the log matches, and scans the table from its first page (80 ms
        // at 400,000 events, growing with the log). Asking for the first row in index order walks
        // the commit-order index and stops at once.
        return !jdbc.queryForList(
                        "select global_position from events where (transaction_id, global_position) > (?::text::xid8, ?)"
                                + " order by transaction_id, global_position limit 1",
                        Long.class,
                        Long.toString(after.transactionId()),
                        after.globalPosition())
                .isEmpty();
    }

    public Optional<Snapshot> loadSnapshot(String streamId) {
        return jdbc
                .query(
                        "select state_type, state_schema_version, stream_version, state::text from snapshots where stream_id = ?",
                        (rs, row) ->
                                new Snapshot(streamId, rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4)),
                        streamId)
                .stream()
                .findFirst();
    }

    /** Keeps the newest snapshot per stream; an older one never replaces a newer one. */
    public void saveSnapshot(Snapshot snapshot) {
        jdbc.update(
                "insert into snapshots (stream_id, state_type, state_schema_version, stream_version, state) values (?, ?, ?, ?, ?::jsonb)"
                        + " on conflict (stream_id) do update set state_type = excluded.state_type,"
                        + " state_schema_version = excluded.state_schema_version, stream_version = excluded.stream_version,"
                        + " state = excluded.state, taken_at = now() where snapshots.stream_version < excluded.stream_version",
                snapshot.streamId(),
                snapshot.stateType(),
                snapshot.stateSchemaVersion(),
                snapshot.streamVersion(),
                snapshot.stateJson());
    }

    private RecordedEvent<String> recorded(ResultSet rs, int row) throws SQLException {
        var envelope = new EventEnvelope<>(
                rs.getObject(3, UUID.class),
                rs.getString(7),
                rs.getString(6),
                rs.getString(8),
                rs.getObject(9, OffsetDateTime.class).toInstant(),
                rs.getString(10),
                json.readValue(rs.getString(11), EventMetadata.class));
        return new RecordedEvent<>(envelope, rs.getString(4), rs.getLong(5), rs.getLong(1));
    }

    /** Unwinds the append transaction when a stream moved on; never leaves this class. */
    private static final class ConflictSignal extends RuntimeException {
        final String streamId;
        final long expectedVersion;

        ConflictSignal(String streamId, long expectedVersion) {
            super(null, null, false, false);
            this.streamId = streamId;
            this.expectedVersion = expectedVersion;
        }
    }
}
