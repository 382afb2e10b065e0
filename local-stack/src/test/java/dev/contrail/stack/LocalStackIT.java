package dev.contrail.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command in CI: the launcher as its own process, replaying a real capture,
 * serves aircraft on aircraft.json, and a SIGTERM (what Ctrl-C sends the JVM) leaves no process of
 * it behind. Ports differ from the defaults so a running local stack is not disturbed.
 */
class LocalStackIT {

    @TempDir
    Path data;

    @Test
    void the_stack_starts_serves_aircraft_from_a_replay_and_stops_cleanly() throws Exception {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Path capture = repository.getParent().resolve("shared/adsb/antirez-dump1090/modes1_decoded_avr.txt");
        assertThat(capture).as("the sample capture in ../shared").exists();
        String classpath = "target/classes" + java.io.File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                "dev.contrail.stack.LocalStack",
                "--repository",
                repository.toString(),
                "--data",
                data.toString(),
                "--db-prefix",
                "t_stack_" + ProcessHandle.current().pid(),
                "--capture",
                capture.toString(),
                "--format",
                "avr",
                "--speed",
                "20",
                "--command-port",
                "18081",
                "--projection-port",
                "18082",
                "--injector-metrics-port",
                "18083",
                "--kafka-port",
                "19092",
                "--kafka-controller-port",
                "19093"));
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("launcher.out").toFile())
                .start();
        try {
            awaitAircraft(launcher, Duration.ofMinutes(5));
            String metrics = get("http://127.0.0.1:18083/actuator/prometheus");
            assertThat(metric(metrics, "adsb_frames_received_total")).isPositive();
            assertThat(metric(metrics, "adsb_frames_crc_total", "result=\"ok\""))
                    .isPositive();
            assertThat(metric(metrics, "adsb_events_emitted_total", "type=\"contrail.flights.position_reported.v1\""))
                    .isPositive();
            assertThat(metric(metrics, "adsb_aircraft_tracked")).isNotNegative(); // present
            assertThat(metric(metrics, "adsb_injection_latency_seconds_count")).isPositive();
            assertThat(metric(metrics, "adsb_injection_backlog")).isNotNegative();
            assertThat(get("http://127.0.0.1:18081/actuator/health")).contains("\"UP\"");
            List<ProcessHandle> children = launcher.descendants().toList();
            assertThat(children).as("kafka and three services").hasSizeGreaterThanOrEqualTo(4);

            launcher.destroy(); // SIGTERM
            assertThat(launcher.waitFor(90, TimeUnit.SECONDS))
                    .as("launcher stopped")
                    .isTrue();
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
                assertThat(child.isAlive()).as("child " + child.pid()).isFalse();
            }
            assertThat(Files.readString(data.resolve("launcher.out"))).contains("[contrail] stopped");
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** The value of the first sample of {@code name} whose labels include {@code labels}. */
    private static double metric(String exposition, String name, String... labels) {
        return exposition
                .lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError(name + " " + List.of(labels) + " not in\n" + exposition));
    }

    private void awaitAircraft(Process launcher, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            assertThat(launcher.isAlive())
                    .as("launcher alive; its output:\n%s", Files.readString(data.resolve("launcher.out")))
                    .isTrue();
            try {
                last = get("http://127.0.0.1:18082/data/aircraft.json");
                // the replay's first frames may show the aircraft before its callsign or position: wait for all
                if (last.contains("\"hex\":\"4d2023\"")
                        && last.contains("\"flight\":\"AMC421  \"")
                        && last.contains("\"lat\":")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // projection-service not up yet
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("AMC421 (4d2023) with a position not on aircraft.json after " + timeout + ": " + last
                + "\n" + Files.readString(data.resolve("launcher.out")));
    }
}
