package dev.contrail.benchmarks.adsb;

import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.decoder.DecoderConfig;
import dev.contrail.benchmarks.BenchmarkRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The ADS-B figures of issue 3: decoder throughput on one thread (JMH) and injection throughput
 * into the event log against a bulk-COPY ceiling measured in the same run. Writes {@code
 * adsb.json} to {@code -Dbench.out} and prints a table.
 *
 * <p>System properties: {@code bench.adsb.only} ({@code decode,inject}), {@code
 * bench.adsb.seconds} (injection measurement, 60), {@code bench.adsb.warmup} (injection warm-up,
 * 10), {@code bench.adsb.copy-rows} (rows per COPY round, 300000), {@code bench.adsb.copy-rounds}
 * (3), {@code bench.adsb.aircraft} (simulated aircraft for the injection, 50).
 */
public final class AdsbBenchmark {

    static final double DECODE_TARGET = 5_000_000;
    static final double INJECT_TARGET = 20_000;
    static final double RATIO_TARGET = 0.4;

    public static void main(String[] args) {
        BenchmarkRun.main("adsb", AdsbBenchmark::run);
    }

    private static void run(Map<String, Object> results) throws Exception {
        String only = System.getProperty("bench.adsb.only", "decode,inject");
        if (only.contains("decode")) {
            decode(results);
        }
        if (only.contains("inject")) {
            InjectionThroughput.run(
                    Duration.ofSeconds(Long.getLong("bench.adsb.warmup", 10)),
                    Duration.ofSeconds(Long.getLong("bench.adsb.seconds", 60)),
                    Integer.getInteger("bench.adsb.copy-rows", 300_000),
                    Integer.getInteger("bench.adsb.copy-rounds", 3),
                    results);
        }
        printTable(results);
        System.out.flush();
    }

    private static void decode(Map<String, Object> results) throws Exception {
        Path samples = MixedCapture.samplesDirectory();
        MixedCapture capture = MixedCapture.build(samples);
        results.put("decode_capture", describe(capture));
        progress("decode: " + capture.size() + " frames (" + capture.simulated + " simulated, " + capture.csv
                + " pyModeS CSV, " + capture.avr + " dump1090 AVR) over " + capture.spanMillis() / 1000
                + " s; JMH, 1 fork, 1 thread");
        int warmups = Integer.getInteger("bench.adsb.jmh-warmups", 4);
        int iterations = Integer.getInteger("bench.adsb.jmh-iterations", 5);
        int seconds = Integer.getInteger("bench.adsb.jmh-seconds", 4);
        var options = new OptionsBuilder()
                .include("^" + Pattern.quote(DecoderBenchmark.class.getName()) + "\\.decode$")
                .forks(1)
                .threads(1)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgs("-Xms1g", "-Xmx1g", "-Dbench.adsb.samples=" + samples.toAbsolutePath())
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> runs = new Runner(options).run();
        RunResult run = runs.iterator().next();
        var primary = run.getPrimaryResult();
        var stats = primary.getStatistics();
        results.put("decode_msgs_per_sec", round(primary.getScore(), 0));
        results.put("decode_msgs_per_sec_error", round(primary.getScoreError(), 0));
        results.put(
                "decode_msgs_per_sec_ci999",
                new double[] {round(primary.getScoreConfidence()[0], 0), round(primary.getScoreConfidence()[1], 0)});
        results.put("decode_msgs_per_sec_min", round(stats.getMin(), 0));
        results.put("decode_msgs_per_sec_max", round(stats.getMax(), 0));
        results.put("decode_ns_per_msg", round(1e9 / primary.getScore(), 1));
        results.put(
                "decode_jmh",
                Map.of(
                        "forks",
                        1,
                        "threads",
                        1,
                        "warmup_iterations",
                        warmups,
                        "measurement_iterations",
                        iterations,
                        "iteration_seconds",
                        seconds,
                        "frames_per_invocation",
                        DecoderBenchmark.BATCH));
        results.put(
                "decode_anchors_msgs_per_sec",
                Map.of(
                        "pyModeS", 72_000,
                        "opensky_java_adsb_low", 300_000,
                        "opensky_java_adsb_high", 570_000,
                        "very_busy_receiver", 4_300));
    }

    /** What one pass of the capture does in a fresh decoder: the mix the benchmark decodes. */
    private static Map<String, Object> describe(MixedCapture capture) {
        var decoder = new Decoder(DecoderConfig.defaults().withReceiver(MixedCapture.RECEIVER));
        for (int i = 0; i < capture.size(); i++) {
            decoder.decode(capture.frames[i], capture.times[i]);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("frames", capture.size());
        d.put("simulated", capture.simulated);
        d.put("pymodes_csv", capture.csv);
        d.put("dump1090_avr", capture.avr);
        d.put("span_seconds", capture.spanMillis() / 1000);
        d.put("simulated_aircraft", MixedCapture.SIM_AIRCRAFT);
        Map<String, Long> counters = new LinkedHashMap<>();
        decoder.counters().snapshot().forEach((k, v) -> {
            if (v != 0) {
                counters.put(k, v);
            }
        });
        d.put("first_pass_counters", counters);
        return d;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static void progress(String message) {
        System.err.println("[adsb] " + message);
    }

    private static void printTable(Map<String, Object> r) {
        System.out.println();
        System.out.printf("%-24s %26s  %s%n", "figure", "value", "target / anchors");
        if (r.containsKey("decode_msgs_per_sec")) {
            System.out.printf(
                    "%-24s %26s  %s%n",
                    "decode_msgs_per_sec",
                    number(r.get("decode_msgs_per_sec")) + " ± " + number(r.get("decode_msgs_per_sec_error")),
                    ">= " + number(DECODE_TARGET) + " " + verdict(r.get("decode_msgs_per_sec"), DECODE_TARGET));
            System.out.printf(
                    "%-24s %26s  %s%n",
                    "",
                    "",
                    "(± 99.9% CI; min " + number(r.get("decode_msgs_per_sec_min")) + ", max "
                            + number(r.get("decode_msgs_per_sec_max")) + ", " + r.get("decode_ns_per_msg")
                            + " ns/msg)");
            System.out.printf("%-24s %26s  %s%n", "  anchor: pyModeS", "≈ 72,000", "");
            System.out.printf("%-24s %26s  %s%n", "  anchor: OpenSky java-adsb", "≈ 300,000-570,000", "");
            System.out.printf("%-24s %26s  %s%n", "  anchor: busy receiver", "≈ 4,300", "");
        }
        if (r.containsKey("inject_events_per_sec")) {
            System.out.printf(
                    "%-24s %26s  %s%n",
                    "inject_events_per_sec",
                    number(r.get("inject_events_per_sec")),
                    ">= " + number(INJECT_TARGET) + " " + verdict(r.get("inject_events_per_sec"), INJECT_TARGET));
            System.out.printf(
                    "%-24s %26s  %s%n",
                    "pg_copy_rows_per_sec",
                    number(r.get("pg_copy_rows_per_sec")),
                    "ceiling, rounds " + r.get("pg_copy_rounds_rows_per_sec"));
            System.out.printf(
                    "%-24s %26s  %s%n",
                    "inject_ratio",
                    r.get("inject_ratio"),
                    ">= " + RATIO_TARGET + " " + verdict(r.get("inject_ratio"), RATIO_TARGET));
            System.out.printf(
                    "%-24s %26s  %s%n",
                    "  frames/s, batches/s",
                    number(r.get("inject_frames_per_sec")) + ", " + r.get("inject_batches_per_sec"),
                    "mean batch " + r.get("inject_batch_mean_ms") + " ms over " + r.get("inject_seconds") + " s");
            System.out.printf("%-24s %26s  %s%n", "  cores busy", "", r.get("inject_cpu"));
        }
    }

    private static String number(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%,.0f", n.doubleValue()) : String.valueOf(value);
    }

    private static String verdict(Object value, double target) {
        return value instanceof Number n ? (n.doubleValue() >= target ? "(met)" : "(NOT met)") : "";
    }
}
