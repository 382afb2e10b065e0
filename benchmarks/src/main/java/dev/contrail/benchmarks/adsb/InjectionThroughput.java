package dev.contrail.benchmarks.adsb;

import dev.contrail.adsb.events.ObservationEvent;
import dev.contrail.adsb.sim.SimFrame;
import dev.contrail.adsb.sim.Simulator;
import dev.contrail.adsb.sim.SimulatorSettings;
import dev.contrail.adsb.source.SourceFrame;
import dev.contrail.adsb.source.TimestampKind;
import dev.contrail.benchmarks.Stack;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.json.EventJson;
import dev.contrail.flights.FlightsEvents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * {@code inject_events_per_sec}: the simulator at full speed through the injector's real pipeline
 * and sender into a real command-service, counted as events committed in the log; and its ceiling
 * {@code pg_copy_rows_per_sec}: bulk {@code COPY} of rows like the ones the injection commits into
 * a table like {@code events} (same columns, defaults, constraints and indexes), in the same
 * PostgreSQL, in the same run.
 */
final class InjectionThroughput {

    /** The injector's defaults ({@code adsb-injector-service.yml}): simulator and sender. */
    static final int AIRCRAFT = Integer.getInteger("bench.adsb.aircraft", 50);

    static final String COUNT_SQL = "select count(*) from events where type like 'contrail.flights.%'";
    private static final String COPY_COLUMNS =
            "event_id, stream_id, stream_version, type, source, subject, time, data, metadata";
    private static final int COPY_CHUNK = 50_000;

    private InjectionThroughput() {}

    static void run(Duration warmup, Duration measure, int copyRows, int copyRounds, Map<String, Object> results)
            throws Exception {
        try (var stack = new Stack(false)) {
            progress("command-service up at " + stack.commandUrl() + ", log database " + stack.logDatabase.name());
            try (Connection db = DriverManager.getConnection(
                    stack.logDatabase.url(), stack.logDatabase.user(), stack.logDatabase.password())) {
                inject(stack, db, warmup, measure, results);
                copy(db, copyRows, copyRounds, results);
            }
        }
        double inject = ((Number) results.get("inject_events_per_sec")).doubleValue();
        double copy = ((Number) results.get("pg_copy_rows_per_sec")).doubleValue();
        results.put("inject_ratio", AdsbBenchmark.round(inject / copy, 3));
    }

    private static void inject(
            Stack stack, Connection db, Duration warmup, Duration measure, Map<String, Object> results)
            throws Exception {
        var traffic = new SimulatedTraffic(stack, AIRCRAFT);
        var meters = traffic.meters;
        var pipeline = traffic.pipeline;
        var sender = traffic.sender;
        progress("inject: simulator (" + AIRCRAFT + " aircraft) at full speed -> pipeline -> sender (batch "
                + SimulatedTraffic.SENDER.batchSize() + ", buffer " + SimulatedTraffic.SENDER.bufferCapacity()
                + ") -> POST /api/injections; warm-up "
                + warmup.toSeconds() + " s");
        Thread.sleep(warmup);
        var timer = meters.get("adsb.injection.latency").timer();
        long batches0 = timer.count();
        double batchNanos0 = timer.totalTime(TimeUnit.NANOSECONDS);
        long frames0 = pipeline.frames();
        long emitted0 = pipeline.emitted();
        long committed0 = count(db);
        var cpu0 = CpuSample.take();
        long start = System.nanoTime();
        progress("inject: measuring for " + measure.toSeconds() + " s (" + committed0 + " events committed so far)");
        Thread.sleep(measure);
        long committed1 = count(db);
        double seconds = (System.nanoTime() - start) / 1e9;
        var cpu1 = CpuSample.take();
        long frames1 = pipeline.frames();
        long emitted1 = pipeline.emitted();
        long batches1 = timer.count();
        double batchNanos1 = timer.totalTime(TimeUnit.NANOSECONDS);
        int backlog = sender.backlog();
        traffic.close();

        double rate = (committed1 - committed0) / seconds;
        long batches = batches1 - batches0;
        results.put("inject_events_per_sec", AdsbBenchmark.round(rate, 0));
        results.put("inject_seconds", AdsbBenchmark.round(seconds, 1));
        results.put("inject_events_committed", committed1 - committed0);
        results.put("inject_frames_per_sec", AdsbBenchmark.round((frames1 - frames0) / seconds, 0));
        results.put("inject_events_emitted_per_sec", AdsbBenchmark.round((emitted1 - emitted0) / seconds, 0));
        results.put("inject_batches_per_sec", AdsbBenchmark.round(batches / seconds, 1));
        results.put(
                "inject_batch_mean_ms",
                batches == 0 ? null : AdsbBenchmark.round((batchNanos1 - batchNanos0) / batches / 1e6, 2));
        results.put("inject_batch_max_ms", AdsbBenchmark.round(timer.max(TimeUnit.MILLISECONDS), 1));
        results.put("inject_retries", (long)
                meters.get("adsb.injection.retries").counter().count());
        results.put("inject_sender_backlog_at_end", backlog);
        results.put(
                "inject_settings",
                Map.of(
                        "aircraft",
                        AIRCRAFT,
                        "batch_size",
                        SimulatedTraffic.SENDER.batchSize(),
                        "buffer_capacity",
                        SimulatedTraffic.SENDER.bufferCapacity(),
                        "dedupe_window_ms",
                        1000,
                        "downsample_ms",
                        0));
        results.put("inject_cpu", cpu1.since(cpu0, seconds));
        progress("inject: " + AdsbBenchmark.round(rate, 0) + " events/s committed, "
                + AdsbBenchmark.round((frames1 - frames0) / seconds, 0) + " frames/s through the pipeline");
    }

    private static long count(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(COUNT_SQL)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Rows as the injection writes them: the same events (simulator → pipeline), with the data as
     * the store encodes it, the metadata it records (the injecting principal as actor) and per-stream
     * versions, COPYed in chunks of {@link #COPY_CHUNK} rows (one transaction each) into a table
     * made {@code like events including all}. Each round starts from an empty table.
     */
    private static void copy(Connection db, int rows, int rounds, Map<String, Object> results) throws Exception {
        progress("copy: preparing " + rows + " rows");
        List<byte[]> chunks = copyChunks(rows);
        try (Statement s = db.createStatement()) {
            s.execute("create table copy_scratch (like events including all)");
        }
        db.setAutoCommit(true);
        var copyApi = db.unwrap(PGConnection.class).getCopyAPI();
        String sql = "copy copy_scratch (" + COPY_COLUMNS + ") from stdin";
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            try (Statement s = db.createStatement()) {
                s.execute("truncate copy_scratch");
                s.execute("checkpoint"); // each round starts with no dirty pages of the one before
            }
            long copied = 0;
            long start = System.nanoTime();
            for (byte[] chunk : chunks) {
                copied += copyApi.copyIn(sql, new ByteArrayInputStream(chunk));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rates.add(copied / seconds);
            progress("copy round " + (round + 1) + ": " + copied + " rows in " + AdsbBenchmark.round(seconds, 2)
                    + " s, " + AdsbBenchmark.round(copied / seconds, 0) + " rows/s");
        }
        try (Statement s = db.createStatement()) {
            s.execute("drop table copy_scratch");
        }
        double mean = rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        results.put("pg_copy_rows_per_sec", AdsbBenchmark.round(mean, 0));
        results.put(
                "pg_copy_rounds_rows_per_sec",
                rates.stream().map(r -> AdsbBenchmark.round(r, 0)).toList());
        results.put("pg_copy_rows_per_round", rows);
        results.put("pg_copy_rows_per_statement", COPY_CHUNK);
    }

    private static List<byte[]> copyChunks(int rows) throws InterruptedException {
        List<ObservationEvent> events = new ArrayList<>(rows);
        var pipeline = SimulatedTraffic.pipeline(events::add, Clock.systemUTC());
        var simulator = new Simulator(
                new SimulatorSettings(
                        AIRCRAFT,
                        SimulatedTraffic.SIM_RATE,
                        2,
                        MixedCapture.RECEIVER.lat(),
                        MixedCapture.RECEIVER.lon()),
                Clock.systemUTC().millis());
        while (events.size() < rows) {
            SimFrame f = simulator.next();
            pipeline.accept(new SourceFrame(f.bytes(), f.timeMillis(), TimestampKind.UNIX_MILLIS, -1));
        }
        var registry = new EventTypeRegistry(FlightsEvents.TYPES);
        // The token HttpBatchPoster mints has subject "adsb-injector": the actor command-service records.
        String metadata = EventJson.mapper().writeValueAsString(new EventMetadata(null, null, "adsb-injector"));
        Map<String, Long> versions = new HashMap<>();
        List<byte[]> chunks = new ArrayList<>();
        var text = new StringBuilder();
        int inChunk = 0;
        for (int i = 0; i < rows; i++) {
            ObservationEvent e = events.get(i);
            String stream = "aircraft-" + e.subject();
            long version = versions.merge(stream, 1L, Long::sum);
            text.append(e.id())
                    .append('\t')
                    .append(escape(stream))
                    .append('\t')
                    .append(version)
                    .append('\t')
                    .append(escape(e.type()))
                    .append('\t')
                    .append(escape(e.source()))
                    .append('\t')
                    .append(escape(e.subject()))
                    .append('\t')
                    .append(e.time())
                    .append('\t')
                    .append(escape(registry.encode(e.type(), e.data())))
                    .append('\t')
                    .append(escape(metadata))
                    .append('\n');
            if (++inChunk == COPY_CHUNK || i == rows - 1) {
                chunks.add(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
                inChunk = 0;
            }
        }
        return chunks;
    }

    /** COPY text format: backslash, tab, newline and carriage return escaped. */
    private static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static void progress(String message) {
        AdsbBenchmark.progress(message);
    }

    /**
     * Where the CPU went: this JVM's threads (grouped by name with digits blanked), the PostgreSQL
     * server processes, and the whole machine (from {@code /proc}, when there is one).
     */
    record CpuSample(
            Map<Long, String> threadNames,
            Map<Long, Long> threadNanos,
            long processNanos,
            long postgresTicks,
            long[] machine) {

        static CpuSample take() {
            var threads = ManagementFactory.getThreadMXBean();
            Map<Long, String> names = new HashMap<>();
            Map<Long, Long> nanos = new HashMap<>();
            for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null) {
                    long cpu = threads.getThreadCpuTime(info.getThreadId());
                    if (cpu >= 0) {
                        names.put(info.getThreadId(), info.getThreadName());
                        nanos.put(info.getThreadId(), cpu);
                    }
                }
            }
            long process =
                    ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                            ? os.getProcessCpuTime()
                            : -1;
            return new CpuSample(names, nanos, process, readPostgresTicks(), readMachineTicks());
        }

        /** Cores busy on average over {@code seconds}, per consumer. */
        Map<String, Object> since(CpuSample before, double seconds) {
            Map<String, Long> byGroup = new HashMap<>();
            threadNanos.forEach((id, cpu) -> {
                long delta = cpu - before.threadNanos.getOrDefault(id, 0L);
                byGroup.merge(threadNames.get(id).replaceAll("\\d+", "#"), delta, Long::sum);
            });
            double jvm = (processNanos - before.processNanos) / 1e9 / seconds;
            double postgres = (postgresTicks - before.postgresTicks) / 100.0 / seconds;
            Map<String, Object> cores = new LinkedHashMap<>();
            // the whole JVM: simulator source, injector, command-service, Kafka broker, relay, GC, JIT
            cores.put("jvm", AdsbBenchmark.round(jvm, 2));
            cores.put("postgres", AdsbBenchmark.round(postgres, 2));
            if (machine.length == 2 && before.machine.length == 2) {
                double busy = (machine[0] - before.machine[0]) / 100.0 / seconds;
                cores.put("other_processes", AdsbBenchmark.round(Math.max(0, busy - jvm - postgres), 2));
                cores.put("machine_busy", AdsbBenchmark.round(busy, 2));
                cores.put("machine_idle", AdsbBenchmark.round((machine[1] - before.machine[1]) / 100.0 / seconds, 2));
            }
            cores.put("cores", Runtime.getRuntime().availableProcessors());
            cores.put(
                    "top_jvm_threads",
                    byGroup.entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .limit(10)
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey,
                                    e -> AdsbBenchmark.round(e.getValue() / 1e9 / seconds, 2),
                                    (a, b) -> a,
                                    LinkedHashMap::new)));
            return cores;
        }

        /** utime + stime of every process named postgres, in clock ticks (USER_HZ, 100 on Linux). */
        private static long readPostgresTicks() {
            long total = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        if (!Files.readString(p.resolve("comm")).strip().equals("postgres")) {
                            continue;
                        }
                        String stat = Files.readString(p.resolve("stat"));
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    } catch (IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return total;
        }

        /** Busy and idle ticks of all cores together, from the first line of /proc/stat. */
        private static long[] readMachineTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat"))
                        .getFirst()
                        .trim()
                        .split("\\s+");
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                long all = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    all += Long.parseLong(f[i]);
                }
                return new long[] {all - idle, idle};
            } catch (IOException | RuntimeException e) {
                return new long[0];
            }
        }
    }
}
