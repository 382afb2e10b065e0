package dev.contrail.eventstore.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.contrail.eventstore.AppendResult.Appended;
import dev.contrail.eventstore.EventLogTestSupport;
import dev.contrail.eventstore.PostgresEventStore;
import dev.contrail.test.TestKafka;
import dev.contrail.test.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class EventRelayTest {

    private static final String TOPIC = "contrail.test";
    private static final TestPostgres.Database DB = EventLogTestSupport.database(EventRelayTest.class);
    private static final String KAFKA = TestKafka.bootstrapServers();

    private final DataSource dataSource = DB.dataSource();
    private final PostgresEventStore store = EventLogTestSupport.store(dataSource);
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final List<EventRelay> relays = new ArrayList<>();

    @BeforeAll
    static void singlePartitionTopic() {
        // One partition, so the order on the topic is the relay's publishing order.
        KafkaTopics.ensure(KAFKA, List.of(TOPIC), 1, (short) 1);
    }

    @AfterEach
    void stopRelays() {
        relays.forEach(EventRelay::close);
    }

    private EventRelay relay(String name, Producer<String, byte[]> producer) {
        return relay(name, producer, Duration.ofSeconds(5));
    }

    private EventRelay relay(String name, Producer<String, byte[]> producer, Duration fallbackPoll) {
        var settings = new RelaySettings(
                name,
                50,
                fallbackPoll,
                Duration.ofMillis(2),
                Duration.ofMillis(100),
                RoundPacing.fixed(Duration.ofMillis(5)));
        var relay = new EventRelay(dataSource, store, producer, settings, new SimpleMeterRegistry());
        relays.add(relay);
        relay.start();
        return relay;
    }

    private static Producer<String, byte[]> producer() {
        return KafkaTopics.producer(KAFKA, "test-relay-" + UUID.randomUUID());
    }

    private static Set<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(TopicReader.header(r, "ce_id")));
        return ids;
    }

    @Test
    void an_event_committed_three_seconds_after_a_later_one_is_published_first_and_never_skipped() throws Exception {
        relay("late-commit", producer());
        long before = jdbc.queryForObject("select coalesce(max(global_position), 0) from events", Long.class);
        UUID slowId = UUID.randomUUID();
        long slowPosition;
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (var insert = slow.prepareStatement(
                    "insert into events (event_id, stream_id, stream_version, type, source, subject, time, data)"
                            + " values (?, 'slow', 1, 'contrail.test.thing_happened.v1', 'test/slow', 'slow', now(), '{\"name\": \"slow\", \"n\": 1}')"
                            + " returning global_position")) {
                insert.setObject(1, slowId);
                try (var rs = insert.executeQuery()) {
                    rs.next();
                    slowPosition = rs.getLong(1);
                }
            }
            var fast = ((Appended) store.append(EventLogTestSupport.append("fast-" + UUID.randomUUID(), 0, 1), null))
                    .only();
            String fastId = store.readStream(fast.streamId(), 0).getFirst().id().toString();
            assertThat(fast.lastPosition()).isGreaterThan(slowPosition);

            Thread.sleep(1_500);
            // A poller with a one-second margin now moves past the fast event: the slow one is not visible yet.
            List<Long> marginPoll = jdbc.queryForList(
                    "select global_position from events where recorded_at <= now() - interval '1 second' and global_position > ? order by 1",
                    Long.class,
                    before);
            assertThat(marginPoll).contains(fast.lastPosition()).doesNotContain(slowPosition);
            long marginCheckpoint = marginPoll.getLast();
            // The relay holds the fast event back: an older transaction is still running.
            assertThat(ids(TopicReader.readUntil(KAFKA, TOPIC, r -> false, Duration.ofMillis(700))))
                    .doesNotContain(fastId);

            Thread.sleep(800);
            slow.commit();

            var records = TopicReader.readUntil(
                    KAFKA, TOPIC, r -> ids(r).containsAll(List.of(slowId.toString(), fastId)), Duration.ofSeconds(20));
            List<String> order = records.stream()
                    .map(r -> TopicReader.header(r, "ce_id"))
                    .filter(id -> id.equals(fastId) || id.equals(slowId.toString()))
                    .toList();
            assertThat(order).containsExactly(slowId.toString(), fastId);
            // The margin poller, resuming after its checkpoint, never sees the slow event: it skipped it.
            assertThat(jdbc.queryForList(
                            "select global_position from events where recorded_at <= now() - interval '1 second' and global_position > ?",
                            Long.class,
                            marginCheckpoint))
                    .doesNotContain(slowPosition);
        }
    }

    @Test
    void appends_wake_the_relay_directly_in_its_process_and_by_notification_from_another() throws Exception {
        var relay = relay("wake", producer(), Duration.ofMinutes(10)); // a poll would not come in time
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
        Thread.sleep(1_000); // caught up and waiting

        String here = "wake-here-" + UUID.randomUUID();
        store.append(EventLogTestSupport.append(here, 0, 1), null);
        String hereId = store.readStream(here, 0).getFirst().id().toString();
        assertThat(ids(TopicReader.readUntil(KAFKA, TOPIC, r -> ids(r).contains(hereId), Duration.ofSeconds(20))))
                .contains(hereId);

        String elsewhere = "wake-elsewhere-" + UUID.randomUUID();
        try (var otherProcess = EventLogTestSupport.store(dataSource)) { // open until its notification is sent
            otherProcess.append(EventLogTestSupport.append(elsewhere, 0, 1), null);
            String elsewhereId = store.readStream(elsewhere, 0).getFirst().id().toString();
            assertThat(ids(TopicReader.readUntil(
                            KAFKA, TOPIC, r -> ids(r).contains(elsewhereId), Duration.ofSeconds(20))))
                    .contains(elsewhereId);
        }
    }

    @Test
    void a_relay_killed_mid_batch_and_restarted_publishes_every_event_and_only_repeats_some() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String stream = "crash-" + UUID.randomUUID();
            store.append(EventLogTestSupport.append(stream, 0, i), null);
            ids.add(store.readStream(stream, 0).getFirst().id().toString());
        }
        var crashed = new CountDownLatch(1);
        var first = relay("crash", crashingAfter(75, producer(), crashed));
        assertThat(crashed.await(30, TimeUnit.SECONDS)).isTrue();
        first.close();

        relay("crash", producer());
        var records = TopicReader.readUntil(KAFKA, TOPIC, r -> ids(r).containsAll(ids), Duration.ofSeconds(30));
        assertThat(ids(records)).containsAll(ids);
        long copiesOfOurs = records.stream()
                .filter(r -> ids.contains(TopicReader.header(r, "ce_id")))
                .count();
        assertThat(copiesOfOurs).as("the batch cut short is published again").isGreaterThan(ids.size());
    }

    @Test
    void one_relay_leads_and_a_standby_takes_over_when_it_stops() throws Exception {
        var a = relay("leader", producer());
        var b = relay("leader", producer());
        await().atMost(Duration.ofSeconds(10)).until(() -> a.isLeader() || b.isLeader());
        Thread.sleep(300);
        assertThat(a.isLeader() ^ b.isLeader()).as("exactly one leader").isTrue();
        var leader = a.isLeader() ? a : b;
        var standby = leader == a ? b : a;

        leader.close();
        await().atMost(Duration.ofSeconds(10)).until(standby::isLeader);
        String stream = "takeover-" + UUID.randomUUID();
        store.append(EventLogTestSupport.append(stream, 0, 1), null);
        String id = store.readStream(stream, 0).getFirst().id().toString();
        assertThat(ids(TopicReader.readUntil(KAFKA, TOPIC, r -> ids(r).contains(id), Duration.ofSeconds(20))))
                .contains(id);
    }

    @Test
    void a_relay_that_failed_while_leading_leads_again_from_another_pooled_session() throws Exception {
        // A pool keeps its sessions open, as Hikari does, and the failed leader's session is busy
        // elsewhere afterwards: it must have given the advisory lock back, or the relay (whose next
        // session is another one) stays a standby forever.
        var pooled = new TwoSessionPool(dataSource);
        var settings = new RelaySettings(
                "pooled",
                50,
                Duration.ofSeconds(5),
                Duration.ofMillis(2),
                Duration.ofMillis(100),
                RoundPacing.fixed(Duration.ZERO));
        var relay = new EventRelay(pooled, store, failingOnce(producer()), settings, new SimpleMeterRegistry());
        relays.add(relay);
        relay.start();
        String stream = "pooled-" + UUID.randomUUID();
        store.append(EventLogTestSupport.append(stream, 0, 1), null);
        String id = store.readStream(stream, 0).getFirst().id().toString();

        assertThat(ids(TopicReader.readUntil(KAFKA, TOPIC, r -> ids(r).contains(id), Duration.ofSeconds(30))))
                .contains(id);
        pooled.closeAll();
    }

    /** Hands out its first session once, then always the second; "closing" keeps them open. */
    private static final class TwoSessionPool extends org.springframework.jdbc.datasource.AbstractDataSource {
        private final List<java.sql.Connection> sessions = new ArrayList<>();
        private final AtomicInteger handedOut = new AtomicInteger();

        TwoSessionPool(DataSource physical) throws java.sql.SQLException {
            sessions.add(physical.getConnection());
            sessions.add(physical.getConnection());
        }

        @Override
        public java.sql.Connection getConnection() {
            java.sql.Connection session = sessions.get(Math.min(handedOut.getAndIncrement(), 1));
            return (java.sql.Connection) Proxy.newProxyInstance(
                    java.sql.Connection.class.getClassLoader(),
                    new Class<?>[] {java.sql.Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null; // back to the pool, still open
                        }
                        try {
                            return method.invoke(session, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public java.sql.Connection getConnection(String username, String password) {
            return getConnection();
        }

        void closeAll() throws java.sql.SQLException {
            for (java.sql.Connection session : sessions) {
                session.close();
            }
        }
    }

    /** A producer whose first send fails, as a broker hiccup would. */
    @SuppressWarnings("unchecked")
    private static Producer<String, byte[]> failingOnce(Producer<String, byte[]> real) {
        var failed = new java.util.concurrent.atomic.AtomicBoolean();
        return (Producer<String, byte[]>) Proxy.newProxyInstance(
                Producer.class.getClassLoader(), new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && failed.compareAndSet(false, true)) {
                        throw new KafkaException("simulated broker hiccup");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A producer that dies after some sends, as a process killed mid-batch would. */
    @SuppressWarnings("unchecked")
    private static Producer<String, byte[]> crashingAfter(
            int sends, Producer<String, byte[]> real, CountDownLatch crashed) {
        var count = new AtomicInteger();
        return (Producer<String, byte[]>) Proxy.newProxyInstance(
                Producer.class.getClassLoader(), new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && count.incrementAndGet() > sends) {
                        crashed.countDown();
                        throw new KafkaException("simulated crash");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
