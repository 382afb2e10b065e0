package dev.contrail.benchmarks;

import dev.contrail.benchmarks.adsb.SimulatedTraffic;
import dev.contrail.command.flights.FlightTracks;
import dev.contrail.test.ApiClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The flight tracker's figures: simulator traffic through injection, the log, Kafka and the
 * aircraft projection (throughput and the projection's largest lag), {@code /data/aircraft.json}
 * with 1,000 aircraft, a rebuild of the aircraft projection from the log, and injection latency
 * for an aircraft with a long history against one with a short history (closing the books).
 */
public final class FlightsBenchmark {

    private static final int AIRCRAFT = Integer.getInteger("bench.flights.aircraft", 1_000);
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.flights.seconds", 60));
    private static final int LONG_HISTORY = Integer.getInteger("bench.flights.long-history", 100_000);
    private static final String TOPIC = "contrail.flights";
    private static final String SUBSCRIPTION = "flights-aircraft";

    public static void main(String[] args) {
        BenchmarkRun.main("flights", FlightsBenchmark::run);
    }

    private static void run(Map<String, Object> results) throws Exception {
        String only = System.getProperty("bench.flights.only", "pipeline,aircraft-json,rebuild,long-stream");
        try (var stack = new Stack()) {
            progress("stack up: command-service " + stack.commandUrl() + ", projection-service " + stack.queryUrl());
            if (only.contains("pipeline")) {
                pipeline(stack, results);
            }
            if (only.contains("aircraft-json")) {
                aircraftJson(stack, results);
            }
            if (only.contains("rebuild")) {
                rebuild(stack, results);
            }
            if (only.contains("long-stream")) {
                longStream(stack, results);
            }
        }
        printTable(results);
    }

    /**
     * {@code events_per_sec}: events the aircraft projection applied per second while the simulator
     * injects at full speed; {@code max_lag_s}: the age of the oldest published event it had not
     * applied yet, the largest over samples every 250 ms (Kafka end offsets vs. the projection's
     * committed offsets).
     */
    private static void pipeline(Stack stack, Map<String, Object> results) throws Exception {
        try (var traffic = new SimulatedTraffic(stack, AIRCRAFT);
                Admin admin = Admin.create(adminProperties(stack))) {
            progress("pipeline: " + AIRCRAFT + " simulated aircraft at full speed");
            JitWarmUp.untilQuiet(
                    "pipeline",
                    () -> {
                        long before = applied(admin);
                        long windowStart = System.nanoTime();
                        Thread.sleep(Duration.ofSeconds(15));
                        return round((applied(admin) - before) / ((System.nanoTime() - windowStart) / 1e9), 0)
                                + " events/s applied";
                    },
                    FlightsBenchmark::progress);
            List<long[]> published = new ArrayList<>(); // {nanos, published records}
            long applied0 = applied(admin);
            long logged0 = count(stack, "select count(*) from events");
            long start = System.nanoTime();
            double maxLag = 0;
            progress("pipeline: measuring for " + MEASURE.toSeconds() + " s");
            while (System.nanoTime() - start < MEASURE.toNanos()) {
                long now = System.nanoTime();
                long end = published(admin);
                long applied = applied(admin);
                published.add(new long[] {now, end});
                maxLag = Math.max(maxLag, lagSeconds(published, applied, now));
                Thread.sleep(250);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long applied1 = applied(admin);
            long logged1 = count(stack, "select count(*) from events");
            results.put("events_per_sec", round((applied1 - applied0) / seconds, 0));
            results.put("logged_events_per_sec", round((logged1 - logged0) / seconds, 0));
            results.put("max_lag_s", round(maxLag, 2));
            results.put("pipeline_seconds", round(seconds, 1));
            results.put("pipeline_aircraft", AIRCRAFT);
            progress("pipeline: " + results.get("events_per_sec") + " events/s applied, max lag "
                    + results.get("max_lag_s") + " s");
        }
    }

    /** Seconds since the log first held more records than the projection has applied now. */
    private static double lagSeconds(List<long[]> published, long applied, long now) {
        for (long[] sample : published) {
            if (sample[1] > applied) {
                return (now - sample[0]) / 1e9;
            }
        }
        return 0;
    }

    private static Properties adminProperties(Stack stack) {
        var properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka);
        return properties;
    }

    private static long published(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().stream()
                .map(p -> new TopicPartition(TOPIC, p.partition()))
                .toList();
        var request = new java.util.HashMap<TopicPartition, OffsetSpec>();
        partitions.forEach(p -> request.put(p, OffsetSpec.latest()));
        return admin.listOffsets(request).all().get().values().stream()
                .mapToLong(info -> info.offset())
                .sum();
    }

    private static long applied(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("contrail." + SUBSCRIPTION)
                .partitionsToOffsetAndMetadata()
                .get();
        return offsets.values().stream()
                .filter(java.util.Objects::nonNull)
                .mapToLong(OffsetAndMetadata::offset)
                .sum();
    }

    /**
     * {@code aircraft_json_p99_ms}: GET /data/aircraft.json from one client while the simulator keeps
     * injecting, once at least 1,000 aircraft are listed.
     */
    private static void aircraftJson(Stack stack, Map<String, Object> results) throws Exception {
        var api = new ApiClient(stack.queryUrl(), null);
        try (var traffic = new SimulatedTraffic(stack, Math.max(AIRCRAFT, 1_000))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            int listed;
            while ((listed = listed(api)) < 1_000) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("aircraft.json lists only " + listed + " aircraft after 3 minutes");
                }
                Thread.sleep(1_000);
            }
            var latencies = new Latencies();
            for (int i = 0; i < 2_200; i++) {
                long start = System.nanoTime();
                var response = api.get("/data/aircraft.json");
                long took = System.nanoTime() - start;
                if (response.status() != 200) {
                    throw new IllegalStateException("aircraft.json answered " + response.status());
                }
                if (i >= 200) {
                    latencies.add(took);
                }
            }
            results.put("aircraft_json_aircraft", listed(api));
            results.put("aircraft_json_p50_ms", round(latencies.percentileMillis(50), 2));
            results.put("aircraft_json_p99_ms", round(latencies.percentileMillis(99), 2));
        }
        progress("aircraft.json: " + results.get("aircraft_json_aircraft") + " aircraft, p50 "
                + results.get("aircraft_json_p50_ms") + " ms, p99 " + results.get("aircraft_json_p99_ms") + " ms");
    }

    private static int listed(ApiClient api) {
        var response = api.get("/data/aircraft.json");
        return response.status() == 200 ? response.json().get("aircraft").size() : 0;
    }

    /** {@code rebuild_events_per_sec}: the aircraft projection rebuilt from position 0 of the log. */
    private static void rebuild(Stack stack, Map<String, Object> results) throws Exception {
        var admin = new ApiClient(stack.queryUrl(), Stack.token("admin"));
        String path = "/api/admin/projections/" + SUBSCRIPTION;
        long start = System.nanoTime();
        var started = admin.post(path + "/rebuild", "");
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild answered " + started.status() + ": " + started.body());
        }
        var progress = admin.get(path).json();
        long lastReport = start;
        long appliedAtLastReport = 0;
        while ("RUNNING".equals(progress.get("status").asString())) {
            Thread.sleep(200);
            progress = admin.get(path).json();
            long now = System.nanoTime();
            if (now - lastReport >= 10_000_000_000L) {
                long applied = progress.get("applied").asLong();
                progress("rebuild: " + applied + " events applied, "
                        + round((applied - appliedAtLastReport) / ((now - lastReport) / 1e9), 0)
                        + " events/s in the last 10 s");
                lastReport = now;
                appliedAtLastReport = applied;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!"DONE".equals(progress.get("status").asString())) {
            throw new IllegalStateException("rebuild ended " + progress);
        }
        long events = progress.get("applied").asLong();
        long logged = count(stack, "select count(*) from events where type like 'contrail.flights.%'");
        if (events != logged) {
            throw new IllegalStateException("rebuild applied " + events + " events, the log holds " + logged);
        }
        results.put("rebuild_events", events);
        results.put("rebuild_seconds", round(seconds, 1));
        results.put("rebuild_events_per_sec", round(events / seconds, 0));
        progress("rebuild: " + events + " events in " + round(seconds, 1) + " s");
    }

    /**
     * {@code long_stream_latency_ratio}: one observation injected for an aircraft with {@value
     * #LONG_HISTORY} past events (flights of 100 observations), against one with 10, each time with
     * no state in memory so the aircraft is loaded from the log; ratio of the medians.
     */
    private static void longStream(Stack stack, Map<String, Object> results) throws Exception {
        var injector = new ApiClient(stack.commandUrl(), Stack.token("flights:inject"));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        progress("long stream: writing " + LONG_HISTORY + " past events of aircraft AB0000");
        int observations = 0;
        Instant time = t0;
        while (count(stack, "select version from streams where stream_id = 'aircraft-AB0000'") < LONG_HISTORY) {
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < 5_000; i++, observations++) {
                time = time.plusSeconds(observations % 100 == 0 ? 11 * 60 : 1); // a new flight every 100
                batch.add(position("AB0000", time, observations));
            }
            post(injector, batch);
        }
        Instant shortTime = t0;
        List<String> shortHistory = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            shortTime = shortTime.plusSeconds(1);
            shortHistory.add(position("AC0000", shortTime, i));
        }
        post(injector, shortHistory);
        var tracks = stack.commandService.getBean(FlightTracks.class);
        var longLatencies = new Latencies();
        var shortLatencies = new Latencies();
        for (int i = 0; i < 300; i++) {
            time = time.plusSeconds(1);
            shortTime = shortTime.plusSeconds(1);
            tracks.forgetAll();
            measure(injector, position("AB0000", time, i), i >= 50 ? longLatencies : null);
            tracks.forgetAll();
            measure(injector, position("AC0000", shortTime, i), i >= 50 ? shortLatencies : null);
        }
        double longMs = longLatencies.percentileMillis(50);
        double shortMs = shortLatencies.percentileMillis(50);
        results.put(
                "long_stream_events", count(stack, "select version from streams where stream_id = 'aircraft-AB0000'"));
        results.put("long_stream_p50_ms", round(longMs, 2));
        results.put("short_stream_p50_ms", round(shortMs, 2));
        results.put("long_stream_latency_ratio", round(longMs / shortMs, 2));
        progress("long stream: " + round(longMs, 2) + " ms vs " + round(shortMs, 2) + " ms");
    }

    private static void measure(ApiClient injector, String event, Latencies latencies) {
        long start = System.nanoTime();
        post(injector, List.of(event));
        if (latencies != null) {
            latencies.add(System.nanoTime() - start);
        }
    }

    private static void post(ApiClient injector, List<String> events) {
        var response = injector.post(
                "/api/injections",
                "[" + String.join(",", events) + "]",
                "Content-Type",
                "application/cloudevents-batch+json");
        if (response.status() != 202) {
            throw new IllegalStateException("injection answered " + response.status() + ": " + response.body());
        }
    }

    private static String position(String icao, Instant time, int n) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/contrail/benchmark", "type": "contrail.flights.position_reported.v1",
                 "subject": "%s", "time": "%s", "data": {"icao_address": "%s", "latitude": %s, "longitude": 8.5,
                 "altitude_ft": 30000, "altitude_source": "barometric", "on_ground": false}}""".formatted(UUID.randomUUID(), icao, time, icao, 50 + (n % 1000) / 1000.0);
    }

    private static long count(Stack stack, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                        stack.logDatabase.url(), stack.logDatabase.user(), stack.logDatabase.password());
                var rs = db.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void printTable(Map<String, Object> r) {
        System.out.println();
        System.out.println("| figure | value | target |");
        System.out.println("|---|---|---|");
        row(r, "events_per_sec", ">= 20,000");
        row(r, "max_lag_s", "<= 2");
        row(r, "aircraft_json_p99_ms", "");
        row(r, "rebuild_events_per_sec", ">= 50,000");
        row(r, "long_stream_latency_ratio", "<= 1.5");
        row(r, "long_stream_p50_ms", "");
        row(r, "short_stream_p50_ms", "");
    }

    private static void row(Map<String, Object> r, String key, String target) {
        if (r.containsKey(key)) {
            System.out.println("| " + key + " | " + r.get(key) + " | " + target + " |");
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static void progress(String message) {
        System.err.println("[flights] " + message);
    }
}
