package dev.contrail.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.test.TestKafka;
import dev.contrail.test.TestPostgres;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class SubscriberRuntimeTest {

    private static final TestPostgres.Database DB = TestPostgres.newDatabase("SubscriberRuntimeTest");
    private static final String KAFKA = TestKafka.bootstrapServers();
    private static final DataSource DATA_SOURCE = DB.dataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(DATA_SOURCE);
    private final List<SubscriberRuntime> runtimes = new ArrayList<>();
    private final List<RecordedEvent<String>> log = new ArrayList<>();
    private final AtomicInteger poisonAttempts = new AtomicInteger();

    @BeforeAll
    static void schema() {
        Flyway.configure()
                .dataSource(DATA_SOURCE)
                .locations("classpath:db/migration/messaging")
                .load()
                .migrate();
        new JdbcTemplate(DATA_SOURCE).execute("create table effects (subscriber text, event_id uuid, n bigint)");
    }

    @AfterEach
    void stop() {
        runtimes.forEach(SubscriberRuntime::close);
    }

    /** A handler whose effect is a row per applied event; "poison" always fails. */
    private EventHandler effects(String subscriber) {
        return new EventHandler() {
            @Override
            public void handle(RecordedEvent<String> event) {
                if (event.data().contains("poison")) {
                    poisonAttempts.incrementAndGet();
                    throw new IllegalStateException("cannot digest " + event.id());
                }
                jdbc.update("insert into effects values (?, ?, ?)", subscriber, event.id(), event.globalPosition());
            }

            @Override
            public void reset() {
                jdbc.update("delete from effects where subscriber = ?", subscriber);
            }
        };
    }

    private SubscriberRuntime runtime(String context) {
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE));
        LogReader fromList = (ctx, after, limit) -> {
            long afterPosition = Long.parseLong(after.substring(after.indexOf(':') + 1));
            var events = log.stream()
                    .filter(e -> e.globalPosition() > afterPosition)
                    .limit(limit)
                    .toList();
            return new LogReader.Slice(
                    events, events.isEmpty() ? after : "0:" + events.getLast().globalPosition());
        };
        var runtime = new SubscriberRuntime(
                new EventApplier(jdbc, transactions),
                jdbc,
                transactions,
                fromList,
                KAFKA,
                new SubscriberSettings(1, 3, Duration.ofMillis(20), Duration.ofMillis(100)),
                Clock.systemUTC());
        runtimes.add(runtime);
        return runtime;
    }

    private static RecordedEvent<String> event(String stream, long version, long position, String name) {
        var envelope = new EventEnvelope<>(
                UUID.randomUUID(),
                "test/messaging",
                "contrail.test.thing_happened.v1",
                stream,
                Instant.parse("2026-01-01T00:00:00Z"),
                "{\"name\": \"" + name + "\"}",
                new EventMetadata("c", null, "tester"));
        return new RecordedEvent<>(envelope, stream, version, position);
    }

    private static void publish(String topic, List<RecordedEvent<String>> events) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (RecordedEvent<String> e : events) {
                var cloudEvent = CloudEventBuilder.v1()
                        .withId(e.id().toString())
                        .withSource(URI.create(e.envelope().source()))
                        .withType(e.type())
                        .withSubject(e.envelope().subject())
                        .withTime(e.time().atOffset(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .withData(e.data().getBytes(StandardCharsets.UTF_8))
                        .withExtension("position", Long.toString(e.globalPosition()))
                        .withExtension("streamversion", Long.toString(e.streamVersion()))
                        .build();
                ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(
                                topic, null, null, e.streamId())
                        .writeBinary(cloudEvent);
                producer.send(record);
            }
            producer.flush();
        }
    }

    private long effectCount(String subscriber) {
        return jdbc.queryForObject("select count(*) from effects where subscriber = ?", Long.class, subscriber);
    }

    @Test
    void an_event_delivered_twice_has_one_effect() {
        var runtime = runtime("dedupe");
        runtime.subscribe(new Subscription("dedupe-sub", "dedupe", effects("dedupe-sub")));
        var once = event("s-1", 1, 101, "once");
        var next = event("s-1", 2, 102, "next");
        publish("contrail.dedupe", List.of(once, once, next, once));

        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.applier().isApplied("dedupe-sub", 102));
        assertThat(effectCount("dedupe-sub")).isEqualTo(2);
        assertThat(jdbc.queryForList("select n from effects where subscriber = 'dedupe-sub' order by n", Long.class))
                .containsExactly(101L, 102L);
    }

    @Test
    void a_redelivered_poll_applies_only_the_events_not_applied_before() {
        var applier = new EventApplier(jdbc, new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE)));
        var subscription = new Subscription("redelivery-sub", "redelivery", effects("redelivery-sub"));
        List<RecordedEvent<String>> events = LongStream.rangeClosed(1, 500)
                .mapToObj(i -> event("r-" + i % 7, i, 20_000 + i, "r" + i))
                .toList();

        assertThat(applier.applyAll(subscription, events.subList(0, 300))).isEqualTo(300);
        assertThat(applier.applyAll(subscription, events)).isEqualTo(200);
        assertThat(effectCount("redelivery-sub")).isEqualTo(500);
    }

    @Test
    void two_instances_applying_the_same_events_at_once_apply_each_once() throws Exception {
        var subscription = new Subscription("race-sub", "race", effects("race-sub"));
        List<RecordedEvent<String>> events = LongStream.rangeClosed(1, 2_000)
                .mapToObj(i -> event("q-" + i % 7, i, 30_000 + i, "q" + i))
                .toList();
        var start = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            var applier =
                    new EventApplier(jdbc, new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE)));
            start.await();
            // as the subscriber does: a poll that failed is applied again
            for (int attempt = 1; ; attempt++) {
                try {
                    return applier.applyAll(subscription, events);
                } catch (DataIntegrityViolationException lostTheRace) {
                    if (attempt == 3) {
                        throw lostTheRace;
                    }
                }
            }
        };
        try (var instances = Executors.newFixedThreadPool(2)) {
            var first = instances.submit(instance);
            var second = instances.submit(instance);
            start.countDown();

            assertThat(first.get() + second.get()).isEqualTo(2_000);
        }
        assertThat(effectCount("race-sub")).isEqualTo(2_000);
    }

    @Test
    void a_subscriber_gets_a_partition_of_its_own_with_the_positions_it_had_applied() {
        var applier = new EventApplier(jdbc, new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE)));
        jdbc.update("insert into subscriber_positions (subscriber, global_position, event_id)"
                + " select 'moving-sub', p, gen_random_uuid() from generate_series(1, 50) p");

        applier.ensurePartition("moving-sub");
        applier.ensurePartition("moving-sub"); // a second time: nothing moves, nothing fails

        assertThat(jdbc.queryForObject("select count(*) from subscriber_positions_of_moving_sub", Long.class))
                .isEqualTo(50);
        assertThat(jdbc.queryForObject(
                        "select count(*) from subscriber_positions_default where subscriber = 'moving-sub'",
                        Long.class))
                .isZero();
        assertThat(applier.isApplied("moving-sub", 50)).isTrue();

        applier.forget("moving-sub");

        assertThat(applier.isApplied("moving-sub", 50)).isFalse();
    }

    @Test
    void instances_starting_at_once_both_find_the_subscribers_partition() throws Exception {
        jdbc.update("insert into subscriber_positions (subscriber, global_position, event_id)"
                + " select 'starting-sub', p, gen_random_uuid() from generate_series(1, 20) p");
        var start = new CountDownLatch(1);
        Callable<Void> instance = () -> {
            var applier =
                    new EventApplier(jdbc, new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE)));
            start.await();
            applier.ensurePartition("starting-sub");
            return null;
        };
        try (var instances = Executors.newFixedThreadPool(2)) {
            var first = instances.submit(instance);
            var second = instances.submit(instance);
            start.countDown();
            first.get();
            second.get();
        }

        assertThat(jdbc.queryForObject("select count(*) from subscriber_positions_of_starting_sub", Long.class))
                .isEqualTo(20);
    }

    @Test
    void subscription_names_are_safe_as_partition_names() {
        assertThatThrownBy(() -> new Subscription("Flights", "flights", effects("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subscription("a'; drop table events; --", "flights", effects("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subscription("x".repeat(40), "flights", effects("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Subscription("flights-aircraft", "flights", effects("x")).name())
                .isEqualTo("flights-aircraft");
    }

    @Test
    void a_poison_event_is_retried_then_dead_lettered_with_its_error_and_later_events_are_applied() {
        var runtime = runtime("poison");
        runtime.subscribe(new Subscription("poison-sub", "poison", effects("poison-sub")));
        var before = event("p-1", 1, 201, "fine");
        var poison = event("p-1", 2, 202, "poison");
        var after = event("p-1", 3, 203, "fine again");
        publish("contrail.poison", List.of(before, poison, after));

        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.applier().isApplied("poison-sub", 203));
        // Three deliveries (maxAttempts); each tries the poll in one transaction, then the event alone.
        assertThat(poisonAttempts.get()).isBetween(3, 6);
        assertThat(runtime.applier().isApplied("poison-sub", 202)).isFalse();
        assertThat(jdbc.queryForList("select n from effects where subscriber = 'poison-sub' order by n", Long.class))
                .containsExactly(201L, 203L);

        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            var partition = new TopicPartition("contrail.poison.dlt", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            var deadLetters = new ArrayList<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
                return !deadLetters.isEmpty();
            });
            var dead = deadLetters.getFirst();
            assertThat(new String(dead.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .isEqualTo(poison.id().toString());
            assertThat(new String(
                            dead.headers()
                                    .lastHeader("kafka_dlt-exception-message")
                                    .value(),
                            StandardCharsets.UTF_8))
                    .contains("cannot digest");
        }
    }

    @Test
    void a_rebuild_replays_the_log_then_switches_to_kafka_without_losing_or_repeating_an_event() {
        var runtime = runtime("rebuild");
        runtime.subscribe(new Subscription("rebuild-sub", "rebuild", effects("rebuild-sub")));
        for (int i = 1; i <= 20; i++) {
            log.add(event("r-" + (i % 3), i, 300 + i, "e" + i));
        }
        // Kafka holds only the newer half (retention took the rest); the log holds everything.
        publish("contrail.rebuild", log.subList(10, 20));
        await().atMost(Duration.ofSeconds(30)).until(() -> effectCount("rebuild-sub") == 10);

        var progress = runtime.rebuild("rebuild-sub", 7);
        assertThat(progress.status()).isEqualTo(RebuildProgress.Status.DONE);
        assertThat(progress.applied()).isEqualTo(20);

        // After the switch, Kafka brings what is new; what the replay applied is not applied again.
        var newer = List.of(event("r-9", 1, 321, "e21"), event("r-9", 2, 322, "e22"));
        publish("contrail.rebuild", newer);
        publish("contrail.rebuild", log.subList(15, 20));
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.applier().isApplied("rebuild-sub", 322));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> effectCount("rebuild-sub") == 22);
        assertThat(jdbc.queryForList("select n from effects where subscriber = 'rebuild-sub' order by n", Long.class))
                .hasSize(22)
                .doesNotHaveDuplicates()
                .startsWith(301L)
                .endsWith(322L);
    }
}
