package dev.contrail.adsb.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Serves {@code GET /actuator/prometheus} (and a trivial {@code /actuator/health}) from the JDK's
 * HTTP server. The injector has no web stack of its own (it is an HTTP client only); a servlet
 * container just for one scrape endpoint would double its footprint.
 */
@Component
class PrometheusScrapeServer implements SmartLifecycle {

    private final ObjectProvider<PrometheusMeterRegistry> registry;
    private final int port;
    private HttpServer server;

    PrometheusScrapeServer(ObjectProvider<PrometheusMeterRegistry> registry, InjectorProperties properties) {
        this.registry = registry;
        this.port = properties.metricsPort();
    }

    @Override
    public void start() {
        PrometheusMeterRegistry prometheus = registry.getIfAvailable();
        if (port <= 0 || prometheus == null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve metrics on port " + port, e);
        }
        server.createContext("/actuator/prometheus", x -> reply(x, "text/plain; version=0.0.4", prometheus.scrape()));
        server.createContext("/actuator/health", x -> reply(x, "application/json", "{\"status\":\"UP\"}"));
        server.start();
    }

    private static void reply(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }
}
