package dev.contrail.stack;

import dev.contrail.core.security.HmacTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The whole flight tracker on one machine without Docker: PostgreSQL, Redis and a Kafka broker
 * (see {@link Infrastructure}), then command-service, projection-service and the ADS-B injector,
 * each as its own JVM, the injector replaying the simulator or a capture. Everything it keeps is
 * under one folder, reused on the next run; Ctrl-C stops every process it started.
 *
 * <pre>
 * LocalStack [--data DIR] [--aircraft N]
 *            [--capture FILE --format avr|beast|csv [--speed N]] [--tcp HOST:PORT --format avr|beast]
 *            [--db-prefix contrail] (databases contrail_events, contrail_projections; Redis keys contrail:flights:*)
 *            [--command-port 8081] [--projection-port 8082] [--injector-metrics-port 8083]
 *            [--kafka-port 9092] [--kafka-controller-port 9093]
 * </pre>
 */
public final class LocalStack {

    private final Options options;
    private final List<ChildProcess> services = new ArrayList<>();
    private Infrastructure infrastructure;
    private volatile boolean stopping;

    private LocalStack(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        var stack = new LocalStack(options);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            if (stack.stopping) {
                return; // Ctrl-C while starting: the shutdown hook stops what was started
            }
            System.err.println("[contrail] could not start: " + e.getMessage());
            System.exit(1);
        }
        stack.watch();
    }

    static void say(String message) {
        System.out.println("[contrail] " + message);
    }

    private void start() throws Exception {
        Path data = options.data.toAbsolutePath();
        Files.createDirectories(data);
        say("data folder " + data);
        infrastructure = new Infrastructure(data);
        String events = options.dbPrefix + "_events";
        String projections = options.dbPrefix + "_projections";
        unlessStopping(() -> infrastructure.startPostgres(List.of(events, projections)));
        unlessStopping(infrastructure::startRedis);
        unlessStopping(() -> infrastructure.startKafka(options.kafkaPort, options.kafkaControllerPort));
        String secret = secret(data);
        String commandUrl = "http://127.0.0.1:" + options.commandPort;
        String projectionUrl = "http://127.0.0.1:" + options.projectionPort;
        Path logs = data.resolve("logs");

        var command = service(
                "command-service",
                logs,
                Map.of(
                        "CONTRAIL_DB_URL",
                        infrastructure.postgresUrl + events,
                        "CONTRAIL_KAFKA",
                        infrastructure.kafka,
                        "CONTRAIL_JWT_SECRET",
                        secret,
                        "PORT",
                        Integer.toString(options.commandPort)));
        command.awaitHealthy(commandUrl + "/actuator/health", Duration.ofMinutes(3));
        say("command-service up at " + commandUrl);

        var projection = service(
                "projection-service",
                logs,
                Map.of(
                        "CONTRAIL_DB_URL",
                        infrastructure.postgresUrl + projections,
                        "CONTRAIL_KAFKA",
                        infrastructure.kafka,
                        "CONTRAIL_JWT_SECRET",
                        secret,
                        "CONTRAIL_REDIS_HOST",
                        infrastructure.redisHost,
                        "CONTRAIL_REDIS_PORT",
                        Integer.toString(infrastructure.redisPort),
                        "CONTRAIL_COMMAND_SERVICE",
                        commandUrl,
                        "PORT",
                        Integer.toString(options.projectionPort)));
        projection.awaitHealthy(projectionUrl + "/actuator/health", Duration.ofMinutes(3));
        say("projection-service up at " + projectionUrl);

        var injector = service(
                "adsb-injector-service",
                logs,
                Map.of(
                        "CONTRAIL_JWT_SECRET",
                        secret,
                        "CONTRAIL_COMMAND_SERVICE",
                        commandUrl,
                        "CONTRAIL_ADSB_METRICS_PORT",
                        Integer.toString(options.injectorMetricsPort),
                        "CONTRAIL_ADSB_RECEIVER",
                        "local"),
                options.injectorArguments().toArray(String[]::new));
        injector.awaitHealthy(
                "http://127.0.0.1:" + options.injectorMetricsPort + "/actuator/prometheus", Duration.ofMinutes(2));
        say("adsb-injector-service up, feeding " + options.feedDescription());
        Path token = data.resolve("token");
        Files.writeString(
                token,
                HmacTokens.mint(
                        secret,
                        "local-developer",
                        List.of("ledger:write", "log:read"),
                        Instant.now(),
                        Duration.ofDays(30)));
        printUrls(commandUrl, projectionUrl, logs, token);
    }

    private ChildProcess service(String module, Path logs, Map<String, String> environment, String... arguments)
            throws Exception {
        Path jar = jarOf(module);
        List<String> command = new ArrayList<>(ChildProcess.java("-Xmx512m", "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        List<ChildProcess> started = new ArrayList<>(1);
        unlessStopping(() -> {
            var child = ChildProcess.start(module, command, new HashMap<>(environment), logs);
            services.add(child);
            started.add(child);
        });
        return started.getFirst();
    }

    private interface Start {
        void run() throws Exception;
    }

    /**
     * Starts (and registers) children under the same lock that {@link #stop()} takes after raising
     * {@link #stopping}: Ctrl-C during the start either finds them registered, and stops them, or
     * keeps them from starting.
     */
    private synchronized void unlessStopping(Start start) throws Exception {
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
        start.run();
    }

    private Path jarOf(String module) throws IOException {
        Path target = options.repository.resolve(module).resolve("target");
        try (var jars = Files.list(target)) {
            return jars.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("no " + module + " jar in " + target + ": build first"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException(module + " is not built (" + target + " missing): build first", e);
        }
    }

    /** The shared HS256 secret of this stack, made once and kept in the data folder. */
    private static String secret(Path data) throws IOException {
        Path file = data.resolve("jwt-secret");
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Files.writeString(file, HexFormat.of().formatHex(bytes));
        }
        return Files.readString(file).strip();
    }

    private void printUrls(String commandUrl, String projectionUrl, Path logs, Path token) {
        String box = """

                Contrail is running. Ctrl-C stops everything.

                  aircraft.json (tar1090)  %2$s/data/aircraft.json   (point tar1090's data URL at %2$s/data/)
                  receiver.json            %2$s/data/receiver.json
                  command API (OpenAPI)    %1$s/swagger-ui.html
                  query API (OpenAPI)      %2$s/swagger-ui.html
                  metrics                  %1$s/actuator/prometheus  %2$s/actuator/prometheus

                  curl '%2$s/api/flights/aircraft?lat=50.04&lon=8.56&radius_nm=30'
                  curl '%2$s/api/flights/leaderboards/most-messages'
                  curl '%2$s/api/flights/flights?from=2026-01-01T00:00:00Z&to=2100-01-01T00:00:00Z'

                  commands take a bearer token; one for the ledger and the log (30 days) is in %4$s:
                  curl -H "Authorization: Bearer $(cat %4$s)" -H 'Content-Type: application/json' \\
                       -d '{"holderName": "Ada", "currency": "EUR"}' %1$s/api/ledger/accounts

                  logs: %3$s
                """.formatted(commandUrl, projectionUrl, logs, token);
        System.out.println(box);
    }

    /** Blocks while everything runs; if a process dies, says why and stops the rest. */
    private void watch() throws InterruptedException {
        while (!stopping) {
            List<ChildProcess> all = new ArrayList<>(infrastructure.processes());
            all.addAll(services);
            for (ChildProcess p : all) {
                if (!p.alive() && !stopping) {
                    System.err.println(
                            "[contrail] " + p.name + " stopped unexpectedly; its log ends with:\n" + p.tail());
                    System.exit(1);
                }
            }
            Thread.sleep(1_000);
        }
    }

    private void stop() {
        stopping = true;
        synchronized (this) {
            stopAll();
        }
    }

    private void stopAll() {
        say("stopping");
        for (ChildProcess service : services.reversed()) {
            service.stop();
        }
        services.clear();
        if (infrastructure != null) {
            try {
                infrastructure.close();
            } catch (IOException e) {
                System.err.println("[contrail] stopping PostgreSQL: " + e.getMessage());
            }
        }
        say("stopped");
    }
}
