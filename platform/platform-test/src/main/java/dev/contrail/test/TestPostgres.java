package dev.contrail.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
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
        return new Server(url, user, System.getenv().getOrDefault("CONTRAIL_TEST_PG_PASSWORD", ""));
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
    private static Server container() {
        var container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        String url = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        return new Server(url, container.getUsername(), container.getPassword());
    }
}
