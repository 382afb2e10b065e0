package dev.contrail.benchmarks;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.eventstore.PostgresEventStore;
import dev.contrail.eventstore.StreamAppend;
import dev.contrail.ledger.account.AccountEvent.FundsDeposited;
import dev.contrail.test.ApiClient;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spine's figures, each against a baseline measured in the same run on the same machine:
 * command appends over HTTP vs. plain JDBC inserts, commit-to-Kafka latency of the relay, and
 * command-to-query latency with read-your-writes.
 */
public final class SpineBenchmark {

    private static final int CLIENTS = 16;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    private static final int APPEND_ROUNDS = 6;
    private static final Duration APPEND_WARMUP = Duration.ofSeconds(3);
    private static final Duration APPEND_MEASURE = Duration.ofSeconds(8);

    public static void main(String[] args) {
        BenchmarkRun.main("spine", SpineBenchmark::run);
    }

    private static void run(Map<String, Object> results) throws Exception {
        var only = Set.of(System.getProperty("bench.only", "append,relay,read-your-writes")
                .split(","));
        // Appends and the relay are command-service's figures: their stack leaves projection-service
        // out, which on a real deployment runs on other cores and here would take CPU from them.
        try (var stack = new Stack(false)) {
            progress("command-service alone: " + stack.commandUrl());
            if (only.contains("append")) {
                appendRatio(stack, results);
            }
            if (only.contains("runner")) {
                runnerRate(stack, results);
            }
            if (only.contains("store")) {
                storeRate(stack, results);
            }
            if (only.contains("relay")) {
                relayLatency(stack, results);
            }
            if (only.contains("hold-command")) {
                progress("holding command-service up for " + MEASURE.toSeconds() + " s for manual measurements");
                Thread.sleep(MEASURE);
            }
        }
        if (!only.contains("read-your-writes") && !only.contains("hold")) {
            printTable(results);
            return;
        }
        try (var stack = new Stack()) {
            progress("stack up: command-service " + stack.commandUrl() + ", projection-service " + stack.queryUrl());
            if (only.contains("read-your-writes")) {
                readYourWrites(stack, results);
            }
            if (only.contains("hold")) {
                progress("holding the stack up for " + MEASURE.toSeconds() + " s for manual measurements");
                Thread.sleep(MEASURE);
            }
        }
        printTable(results);
    }

    /** Deposit commands/s over HTTP with 16 clients, divided by single-row JDBC insert transactions/s with 16 clients. */
    private static void appendRatio(Stack stack, Map<String, Object> results) throws Exception {
        var api = new ApiClient(stack.commandUrl(), Stack.token("ledger:write"));
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            accounts.add(
                    api.post("/api/ledger/accounts", "{\"holderName\": \"Bench " + i + "\", \"currency\": \"EUR\"}")
                            .json()
                            .get("accountId")
                            .asString());
        }
        try (Connection c = DriverManager.getConnection(
                stack.logDatabase.url(), stack.logDatabase.user(), stack.logDatabase.password())) {
            c.createStatement()
                    .execute(
                            "create table bench_inserts (id bigint generated always as identity primary key, data jsonb not null)");
        }
        List<byte[]> deposits = accounts.stream()
                .map(account -> RawRequest.post(
                        stack.commandUrl(),
                        "/api/ledger/accounts/" + account + "/deposits",
                        Stack.token("ledger:write"),
                        "{\"amount\": \"1.00\"}"))
                .toList();
        JitWarmUp.untilQuiet(
                "append",
                () -> round(httpRate(stack.commandUrl(), deposits, Duration.ZERO, Duration.ofSeconds(20)))
                        + " deposits/s",
                SpineBenchmark::progress);
        // Short rounds, alternating: the machine is shared, and its slow spells (tens of seconds)
        // then fall on both sides of the ratio instead of on one.
        List<Double> commandRates = new ArrayList<>();
        List<Double> jdbcRates = new ArrayList<>();
        for (int round = 0; round < APPEND_ROUNDS; round++) {
            progress("append round " + (round + 1) + " of " + APPEND_ROUNDS + ": JDBC baseline");
            jdbcRates.add(rate(
                    i -> {
                        var connection = DriverManager.getConnection(
                                stack.logDatabase.url(), stack.logDatabase.user(), stack.logDatabase.password());
                        connection.setAutoCommit(false);
                        var insert = connection.prepareStatement("insert into bench_inserts (data) values (?::jsonb)");
                        return Operation.releasing(connection, () -> {
                            insert.setString(1, "{\"account_id\": \"x\", \"amount\": \"1.00\", \"balance\": \"1.00\"}");
                            insert.executeUpdate();
                            connection.commit();
                        });
                    },
                    APPEND_WARMUP,
                    APPEND_MEASURE));
            progress("append round " + (round + 1) + " of " + APPEND_ROUNDS + ": deposit commands over HTTP");
            commandRates.add(httpRate(stack.commandUrl(), deposits, APPEND_WARMUP, APPEND_MEASURE));
        }
        double commands =
                commandRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double jdbc =
                jdbcRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        results.put("append_commands_per_sec", round(commands));
        results.put("append_jdbc_inserts_per_sec", round(jdbc));
        results.put(
                "append_rounds",
                Map.of(
                        "commands_per_sec",
                        commandRates.stream().map(SpineBenchmark::round).toList(),
                        "jdbc_inserts_per_sec",
                        jdbcRates.stream().map(SpineBenchmark::round).toList()));
        results.put("append_ratio", round(commands / jdbc));
        progress("append: " + round(commands) + " commands/s vs " + round(jdbc) + " JDBC inserts/s, ratio "
                + round(commands / jdbc));
    }

    /** Diagnostic: single-event appends through the store itself, no HTTP, 16 threads. */
    private static void storeRate(Stack stack, Map<String, Object> results) throws Exception {
        var store = stack.commandService.getBean(PostgresEventStore.class);
        double rate = rate(i -> {
            String stream = "bench-store-" + i;
            long[] version = {0};
            return () -> {
                var envelope = new EventEnvelope<>(
                        UUID.randomUUID(),
                        "/contrail/benchmark",
                        "contrail.ledger.funds_deposited.v1",
                        stream,
                        Instant.now(),
                        new FundsDeposited(stream, BigDecimal.ONE, BigDecimal.ONE),
                        EventMetadata.none());
                store.append(new StreamAppend(stream, version[0], List.of(envelope)), null);
                version[0]++;
            };
        });
        results.put("store_appends_per_sec", round(rate));
        progress("store: " + round(rate) + " appends/s");
    }

    /** Diagnostic: deposit commands through the command runner itself, no HTTP, 16 threads. */
    private static void runnerRate(Stack stack, Map<String, Object> results) throws Exception {
        var runner = stack.commandService.getBean(dev.contrail.eventstore.aggregate.CommandRunner.class);
        var type = new dev.contrail.eventstore.aggregate.AggregateType<>(
                "ledger.account",
                "account-",
                dev.contrail.ledger.account.Account::new,
                dev.contrail.ledger.account.AccountState.class,
                1,
                100);
        var context = new dev.contrail.eventstore.aggregate.CommandContext("bench", null, null, null, null);
        double rate = rate(i -> {
            String id = UUID.randomUUID().toString();
            runner.handle(
                    type,
                    id,
                    new dev.contrail.ledger.account.AccountCommand.OpenAccount("R", null, "EUR", null),
                    context);
            return () -> runner.handle(
                    type, id, new dev.contrail.ledger.account.AccountCommand.DepositFunds(BigDecimal.ONE), context);
        });
        results.put("runner_commands_per_sec", round(rate));
        progress("runner: " + round(rate) + " commands/s");
    }

    /** Responses per second of one kept-alive connection per request, driven by {@link ClosedLoopHttp}, after a warm-up. */
    private static double httpRate(String baseUrl, List<byte[]> requests, Duration warmup, Duration measure)
            throws Exception {
        try (var load = new ClosedLoopHttp(baseUrl, requests)) {
            Thread.sleep(warmup);
            long before = load.completed();
            long start = System.nanoTime();
            Thread.sleep(measure);
            long done = load.completed() - before;
            double seconds = (System.nanoTime() - start) / 1e9;
            load.checkFailure();
            return done / seconds;
        }
    }

    /** One client's request, repeated until the measurement ends; then closed. */
    interface Operation extends AutoCloseable {
        void run() throws Exception;

        @Override
        default void close() throws Exception {}

        /** The operation, closing the client's connection when it is closed. */
        static Operation releasing(AutoCloseable connection, Operation operation) {
            return new Operation() {
                @Override
                public void run() throws Exception {
                    operation.run();
                }

                @Override
                public void close() throws Exception {
                    connection.close();
                }
            };
        }
    }

    interface OperationFactory {
        Operation create(int client) throws Exception;
    }

    /** Operations per second of {@link #CLIENTS} closed-loop clients, after a warm-up. */
    private static double rate(OperationFactory factory) throws Exception {
        return rate(factory, WARMUP, MEASURE);
    }

    private static double rate(OperationFactory factory, Duration warmup, Duration measure) throws Exception {
        var done = new AtomicLong();
        var measuring = new AtomicBoolean();
        var stop = new AtomicBoolean();
        var failures = new AtomicLong();
        var firstFailure = new AtomicReference<Exception>();
        var ready = new CountDownLatch(CLIENTS);
        List<Operation> operations = new ArrayList<>();
        try {
            try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
                try {
                    for (int i = 0; i < CLIENTS; i++) {
                        Operation operation = factory.create(i);
                        operations.add(operation);
                        pool.execute(() -> {
                            ready.countDown();
                            while (!stop.get()) {
                                try {
                                    operation.run();
                                    if (measuring.get()) {
                                        done.incrementAndGet();
                                    }
                                } catch (Exception e) {
                                    failures.incrementAndGet();
                                    firstFailure.compareAndSet(null, e);
                                }
                            }
                        });
                    }
                    ready.await();
                    Thread.sleep(warmup);
                    measuring.set(true);
                    long start = System.nanoTime();
                    Thread.sleep(measure);
                    measuring.set(false);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (failures.get() > 0) {
                        throw new IllegalStateException(failures.get() + " operations failed", firstFailure.get());
                    }
                    return done.get() / seconds;
                } finally {
                    stop.set(true); // the clients stop before the pool is closed, however this ends
                }
            }
        } finally {
            for (Operation operation : operations) {
                operation.close();
            }
        }
    }

    /**
     * Commit → record on Kafka, appending single events at a steady 1,000 per second once the JIT
     * compiler is quiet. The commit time is when the append returned (the commit was acknowledged);
     * the arrival time is when a consumer polling the topic got the record.
     */
    private static void relayLatency(Stack stack, Map<String, Object> results) throws Exception {
        var store = stack.commandService.getBean(PostgresEventStore.class);
        JitWarmUp.untilQuiet(
                "relay",
                () -> "p99 "
                        + round(relayRun(store, stack.kafka, Duration.ofSeconds(10))
                                .latencies
                                .percentileMillis(99)) + " ms",
                SpineBenchmark::progress);
        progress("relay: measuring " + MEASURE.toSeconds() + " s of single-event commits at " + RELAY_RATE + "/s");
        RelayRun run = relayRun(store, stack.kafka, MEASURE);
        progress("worst latency (ms) per second of commits: " + run.worstPerSecond);
        results.put("relay_events_measured", run.latencies.count());
        results.put("relay_p50_ms", round(run.latencies.percentileMillis(50)));
        results.put("relay_p99_ms", round(run.latencies.percentileMillis(99)));
        results.put("relay_max_ms", round(run.latencies.percentileMillis(100)));
        progress("relay: p50 " + results.get("relay_p50_ms") + " ms, p99 " + results.get("relay_p99_ms") + " ms");
    }

    private static final int RELAY_RATE = 1_000;

    /** @param worstPerSecond the worst latency of each second of commits: shows whether a tail is one stall or spread out */
    private record RelayRun(Latencies latencies, Map<Long, Long> worstPerSecond) {}

    /** Single-event commits at {@link #RELAY_RATE} for a while, each timed from its commit to its arrival on Kafka. */
    private static RelayRun relayRun(PostgresEventStore store, String kafkaServers, Duration length) throws Exception {
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        var stop = new AtomicBoolean();
        var assigned = new java.util.concurrent.CountDownLatch(1);
        Thread consumer = Thread.ofPlatform().name("bench-consumer").start(() -> {
            try (var kafka = new KafkaConsumer<>(
                    Map.<String, Object>of(
                            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            kafkaServers,
                            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                            5),
                    new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                var partitions = kafka.partitionsFor("contrail.ledger").stream()
                        .map(p -> new TopicPartition("contrail.ledger", p.partition()))
                        .toList();
                kafka.assign(partitions);
                kafka.seekToEnd(partitions);
                partitions.forEach(kafka::position);
                assigned.countDown();
                while (!stop.get()) {
                    for (var record : kafka.poll(Duration.ofMillis(20))) {
                        long now = System.nanoTime();
                        arrivedAt.putIfAbsent(
                                new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8), now);
                    }
                }
            }
        });
        if (!assigned.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the benchmark's Kafka consumer did not start");
        }
        long total = RELAY_RATE * length.toSeconds();
        try (var appenders = Executors.newScheduledThreadPool(8)) {
            long start = System.nanoTime();
            for (long i = 0; i < total; i++) {
                appenders.schedule(
                        () -> {
                            String stream = "bench-relay-" + UUID.randomUUID();
                            var envelope = new EventEnvelope<>(
                                    UUID.randomUUID(),
                                    "/contrail/benchmark",
                                    "contrail.ledger.funds_deposited.v1",
                                    stream,
                                    Instant.now(),
                                    new FundsDeposited(stream, BigDecimal.ONE, BigDecimal.ONE),
                                    EventMetadata.none());
                            store.append(new StreamAppend(stream, 0, List.of(envelope)), null);
                            committedAt.put(envelope.id().toString(), System.nanoTime());
                        },
                        start + i * 1_000_000_000L / RELAY_RATE - System.nanoTime(),
                        TimeUnit.NANOSECONDS);
            }
            appenders.shutdown();
            appenders.awaitTermination(5, TimeUnit.MINUTES);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!arrivedAt.keySet().containsAll(committedAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        stop.set(true);
        consumer.join();
        var latencies = new Latencies();
        var worstPerSecond = new TreeMap<Long, Long>();
        long firstCommit =
                committedAt.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long missing = 0;
        for (var commit : committedAt.entrySet()) {
            Long arrived = arrivedAt.get(commit.getKey());
            if (arrived == null) {
                missing++;
            } else {
                // An arrival before the append returned to its thread counts as zero: the commit came first.
                latencies.add(Math.max(0, arrived - commit.getValue()));
                worstPerSecond.merge(
                        (commit.getValue() - firstCommit) / 1_000_000_000L,
                        (arrived - commit.getValue()) / 1_000_000L,
                        Math::max);
            }
        }
        if (missing > 0) {
            throw new IllegalStateException(missing + " committed events never reached Kafka");
        }
        return new RelayRun(latencies, worstPerSecond);
    }

    /** Command sent → the query with Contrail-Min-Position answers, at 200 commands per second. */
    private static void readYourWrites(Stack stack, Map<String, Object> results) throws Exception {
        var commands = new ApiClient(stack.commandUrl(), Stack.token("ledger:write"));
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            accounts.add(commands.post(
                            "/api/ledger/accounts", "{\"holderName\": \"Reader " + i + "\", \"currency\": \"EUR\"}")
                    .json()
                    .get("accountId")
                    .asString());
        }
        var failures = new AtomicLong();
        var firstFailure = new AtomicReference<Exception>();
        JitWarmUp.untilQuiet(
                "read-your-writes",
                () -> {
                    var window = readYourWrites(stack, accounts, Duration.ofSeconds(15), failures, firstFailure);
                    checkNoFailures(failures, firstFailure);
                    return "p99 " + round(window.percentileMillis(99)) + " ms";
                },
                SpineBenchmark::progress);
        progress("read-your-writes: measuring " + MEASURE.toSeconds() + " s");
        var latencies = readYourWrites(stack, accounts, MEASURE, failures, firstFailure);
        checkNoFailures(failures, firstFailure);
        results.put("read_your_writes_samples", latencies.count());
        results.put("read_your_writes_failures", failures.get());
        results.put("read_your_writes_p50_ms", round(latencies.percentileMillis(50)));
        results.put("read_your_writes_p99_ms", round(latencies.percentileMillis(99)));
    }

    private static void checkNoFailures(AtomicLong failures, AtomicReference<Exception> firstFailure) {
        if (failures.get() > 0) {
            throw new IllegalStateException(
                    failures.get() + " read-your-writes commands or queries failed", firstFailure.get());
        }
    }

    /** Commands at 200 per second for a while, each followed by its query; their latencies. */
    private static Latencies readYourWrites(
            Stack stack,
            List<String> accounts,
            Duration duration,
            AtomicLong failures,
            AtomicReference<Exception> firstFailure)
            throws Exception {
        int rate = 200;
        long total = rate * duration.toSeconds();
        var latencies = new Latencies();
        String token = Stack.token("ledger:write");
        List<byte[]> deposits = accounts.stream()
                .map(account -> RawRequest.post(
                        stack.commandUrl(),
                        "/api/ledger/accounts/" + account + "/deposits",
                        token,
                        "{\"amount\": \"1.00\"}"))
                .toList();
        try (var commands = new PooledHttp(stack.commandUrl());
                var queries = new PooledHttp(stack.queryUrl());
                var clients = Executors.newScheduledThreadPool(32)) {
            long start = System.nanoTime();
            for (long i = 0; i < total; i++) {
                int client = (int) (i % accounts.size());
                clients.schedule(
                        () -> {
                            long sent = System.nanoTime();
                            try {
                                var command = commands.exchange(deposits.get(client));
                                if (command.status() != 200) {
                                    throw new IOException(
                                            "the command answered " + command.status() + ": " + command.body());
                                }
                                String position = JSON.readTree(command.body())
                                        .get("position")
                                        .asString();
                                var answer = queries.exchange(RawRequest.get(
                                        stack.queryUrl(),
                                        "/api/ledger/accounts/" + accounts.get(client),
                                        "Contrail-Min-Position",
                                        position));
                                if (answer.status() != 200) {
                                    throw new IOException(
                                            "the query answered " + answer.status() + ": " + answer.body());
                                }
                                latencies.add(System.nanoTime() - sent);
                            } catch (IOException | RuntimeException e) {
                                failures.incrementAndGet();
                                firstFailure.compareAndSet(null, e);
                            }
                        },
                        start + i * 1_000_000_000L / rate - System.nanoTime(),
                        TimeUnit.NANOSECONDS);
            }
            clients.shutdown();
            clients.awaitTermination(5, TimeUnit.MINUTES);
        }
        return latencies;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private static void progress(String message) {
        System.err.println("[spine] " + message);
    }

    private static void printTable(Map<String, Object> results) {
        System.out.println();
        System.out.printf("%-32s %14s %s%n", "figure", "value", "target");
        Map<String, String> targets =
                Map.of("append_ratio", ">= 0.6", "relay_p99_ms", "<= 50", "read_your_writes_p99_ms", "<= 100");
        results.forEach((name, value) -> {
            if (value instanceof Number) {
                System.out.printf("%-32s %14s %s%n", name, value, targets.getOrDefault(name, ""));
            }
        });
    }
}
