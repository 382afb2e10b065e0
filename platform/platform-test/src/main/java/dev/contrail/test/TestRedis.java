package dev.contrail.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.testcontainers.containers.GenericContainer;

/** Real Redis for tests: a Testcontainers server when Docker is there, otherwise the local one. */
public final class TestRedis {

    public record Endpoint(String host, int port) {}

    private static Endpoint endpoint;

    private TestRedis() {}

    public static synchronized Endpoint endpoint() {
        if (endpoint == null) {
            endpoint = Docker.available() ? container() : local();
        }
        return endpoint;
    }

    private static Endpoint local() {
        var local = new Endpoint(
                System.getenv().getOrDefault("CONTRAIL_TEST_REDIS_HOST", "127.0.0.1"),
                Integer.parseInt(System.getenv().getOrDefault("CONTRAIL_TEST_REDIS_PORT", "6379")));
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(local.host(), local.port()), 2_000);
        } catch (IOException e) {
            throw new IllegalStateException("Redis is required for this test and is not reachable at " + local, e);
        }
        return local;
    }

    @SuppressWarnings("resource")
    private static Endpoint container() {
        var container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
        container.start();
        return new Endpoint(container.getHost(), container.getMappedPort(6379));
    }
}
