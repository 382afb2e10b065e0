package dev.contrail.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real PostgreSQL for tests: a Testcontainers server when Docker is there, otherwise the local
 * server (127.0.0.1:5432, or {@code CONTRAIL_TEST_PG_URL}). Each caller gets a database of its
 * own, so tests never see each other's data. A missing server fails the test; it never skips.
 */
public final class TestPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** A test database's name ends with the creating JVM's process id and a counter. */
    private static final Pattern OWNED = Pattern.compile("t_.*_(\\d+)_\\d+");

    private static final Server SERVER = Docker.available() ? container() : local();

    private record Server(String baseUrl, String user, String password) {
        String url(String database) {
            return baseUrl + database;
        }
    }

    /** A new, empty database. */
    public record Database(String name, String url, String user, String password) {
        public DataSource dataSource() {
            var ds = new PGSimpleDataSource();
            ds.setUrl(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
    }

    private TestPostgres() {}

    /** Creates a fresh database named after the owner (a test class) and returns how to reach it. */
    public static Database newDatabase(String owner) {
        String name = ("t_" + owner.replaceAll("[^A-Za-z0-9]", "_") + "_"
                        + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
                .toLowerCase(Locale.ROOT);
        name = name.length() > 60 ? "t_" + name.substring(name.length() - 58) : name;
        try (Connection admin = DriverManager.getConnection(SERVER.url("postgres"), SERVER.user(), SERVER.password())) {
            admin.createStatement().execute("drop database if exists " + name);
            admin.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is required for this test and is not reachable at " + SERVER.baseUrl()
                            + " (start it, or run with Docker): " + e.getMessage(),
                    e);
        }
        return new Database(name, SERVER.url(name), SERVER.user(), SERVER.password());
    }

    private static Server local() {
        String url = System.getenv().getOrDefault("CONTRAIL_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getenv().getOrDefault("CONTRAIL_TEST_PG_USER", "postgres");
        var server = new Server(url, user, System.getenv().getOrDefault("CONTRAIL_TEST_PG_PASSWORD", ""));
        dropOrphans(server);
        return server;
    }

    /**
     * The local server outlives test runs, and a JVM cannot drop its databases while its own
     * pools still hold them: each run drops the databases of runs whose JVM has ended, so the
     * disk holds at most the last run's.
     */
    private static void dropOrphans(Server server) {
        try (Connection admin = DriverManager.getConnection(server.url("postgres"), server.user(), server.password())) {
            List<String> orphans = new ArrayList<>();
            try (var rs = admin.createStatement().executeQuery("select datname from pg_database")) {
                while (rs.next()) {
                    var owned = OWNED.matcher(rs.getString(1));
                    if (owned.matches()
                            && ProcessHandle.of(Long.parseLong(owned.group(1))).isEmpty()) {
                        orphans.add(rs.getString(1));
                    }
                }
            }
            for (String orphan : orphans) {
                admin.createStatement().execute("drop database if exists " + orphan + " with (force)");
            }
        } catch (SQLException e) {
            // Unreachable server: newDatabase fails with the explanation. A failed drop is only disk.
        }
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
    private static Server container() {
        var container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        String url = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        return new Server(url, container.getUsername(), container.getPassword());
    }
}
