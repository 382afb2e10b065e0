package dev.contrail.messaging;

import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.event.StructuredCloudEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the log from command-service's authenticated read-all endpoint, which streams one
 * structured CloudEvent per line (NDJSON); each line carries its log position.
 */
public final class HttpLogReader implements LogReader {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI baseUri;
    private final Supplier<String> bearerToken;

    public HttpLogReader(URI baseUri, Supplier<String> bearerToken) {
        this.baseUri = baseUri;
        this.bearerToken = bearerToken;
    }

    @Override
    public Slice read(String context, String after, int limit) {
        URI uri = baseUri.resolve("/api/log/events?context=" + URLEncoder.encode(context, StandardCharsets.UTF_8)
                + "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8) + "&limit=" + limit);
        var request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + bearerToken.get())
                .header("Accept", "application/x-ndjson")
                .timeout(Duration.ofMinutes(5))
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("reading the log at " + uri + " answered " + response.statusCode()
                            + ": " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
                List<RecordedEvent<String>> events = new ArrayList<>(limit);
                String next = after;
                for (var entry : StructuredCloudEvents.readAll(body.readAllBytes())) {
                    events.add(entry.event());
                    next = entry.logPosition();
                }
                return new Slice(events, next);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the log at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the log", e);
        }
    }
}
