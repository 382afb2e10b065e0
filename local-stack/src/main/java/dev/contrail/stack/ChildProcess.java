package dev.contrail.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A process the stack started: its output goes to a log file; it is stopped with its descendants. */
final class ChildProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logs)
            throws IOException {
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        var builder = new ProcessBuilder(ownSession(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ChildProcess(name, builder.start(), log);
    }

    /**
     * Ctrl-C in a terminal signals the whole foreground process group at once; children in a
     * session of their own hear only the launcher, which stops them in order (services before
     * Kafka, Kafka before the stores). {@code setsid} execs in place: the pid stays the child's.
     */
    private static List<String> ownSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        var wrapped = new java.util.ArrayList<String>();
        wrapped.add(SETSID.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    /** A JVM with the given classpath or jar arguments, using the launcher's own Java. */
    static List<String> java(String... arguments) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<String>();
        command.add(java);
        command.add("-XX:+UseSerialGC");
        command.add("-Xss512k");
        command.addAll(List.of(arguments));
        return command;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits until {@code url} answers 200, failing early when the process dies. */
    void awaitHealthy(String url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "\n" + tail());
            }
            try {
                var response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not healthy at " + url + " after " + timeout + "\n" + tail());
    }

    /** Waits for the process to end by itself (a one-shot tool). */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            stop();
            throw new IllegalStateException(name + " did not finish within " + timeout + "\n" + tail());
        }
        return process.exitValue();
    }

    /** SIGTERM to the process and its descendants, then SIGKILL to whatever is left after the grace period. */
    void stop() {
        List<ProcessHandle> all =
                new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (ProcessHandle handle : all) {
            try {
                handle.onExit()
                        .get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (Exception stillRunning) {
                handle.destroyForcibly();
            }
        }
    }

    /** The last lines of the log, for an error message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
