package dev.contrail.adsb.inject;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for command-service's {@code POST /api/injections} on 127.0.0.1: answers with scripted
 * statuses (then 202), records what it stored, and can hold requests to simulate a stalled log.
 */
final class InjectionStub implements AutoCloseable {

    record Request(String contentType, String authorization, List<String> ids, int status) {}

    private final HttpServer server;
    final Queue<Integer> script = new ConcurrentLinkedQueue<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final List<String> stored = new CopyOnWriteArrayList<>();
    /** Requests wait for a permit; unlimited unless a test drains it. */
    final Semaphore gate = new Semaphore(Integer.MAX_VALUE);

    InjectionStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/injections", exchange -> {
            try {
                gate.acquire();
                gate.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            JsonNode batch = JsonMapper.shared().readTree(exchange.getRequestBody());
            List<String> ids =
                    batch.valueStream().map(e -> e.get("id").asString()).toList();
            Integer scripted = script.poll();
            int status = scripted == null ? 202 : scripted;
            requests.add(new Request(
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    ids,
                    status));
            int duplicates = 0;
            if (status == 202) {
                for (String id : ids) {
                    if (stored.contains(id)) {
                        duplicates++;
                    } else {
                        stored.add(id);
                    }
                }
            }
            String body = status == 202
                    ? "{\"accepted\":" + (ids.size() - duplicates) + ",\"duplicates\":" + duplicates
                            + ",\"lastPosition\":" + stored.size() + "}"
                    : "{\"title\":\"status " + status + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
