package dev.contrail.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every benchmark driver does around its measurements: collect figures with the machine they
 * were taken on, write them to {@code target/benchmarks/<name>.json}, and exit 0 only on success.
 */
public final class BenchmarkRun {

    /** The measurements: fills the figures, throws when a run is not valid. */
    public interface Measurements {
        void run(Map<String, Object> results) throws Exception;
    }

    private BenchmarkRun() {}

    /** Runs the measurements, writes {@code <name>.json} and exits the JVM (1 on any failure). */
    public static void main(String name, Measurements measurements) {
        try {
            Map<String, Object> results = new LinkedHashMap<>();
            results.put(
                    "machine",
                    Map.of(
                            "cores",
                            Runtime.getRuntime().availableProcessors(),
                            "java",
                            System.getProperty("java.version")));
            measurements.run(results);
            Path out = Path.of(System.getProperty("bench.out", "target/benchmarks"));
            Files.createDirectories(out);
            Path file = out.resolve(name + ".json");
            Files.writeString(
                    file,
                    JsonMapper.builder()
                            .build()
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(results),
                    StandardCharsets.UTF_8);
            System.err.println("[" + name + "] wrote " + file.toAbsolutePath());
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
