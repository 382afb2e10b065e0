package dev.contrail.adsb.inject;

import dev.contrail.core.security.HmacTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs batches to command-service's {@code /api/injections} as {@code
 * application/cloudevents-batch+json} with a bearer token of scope {@code flights:inject}, minted
 * from the shared secret and renewed before it expires (or at once after a 401).
 */
public final class HttpBatchPoster implements BatchPoster {

    public static final String CONTENT_TYPE = "application/cloudevents-batch+json";
    static final String SUBJECT = "adsb-injector";
    static final List<String> SCOPES = List.of("flights:inject");
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final Duration TOKEN_RENEWAL = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(HttpBatchPoster.class);

    private final HttpClient client;
    private final URI endpoint;
    private final String secret;
    private final Duration requestTimeout;
    private final Clock clock;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public HttpBatchPoster(URI commandService, String secret, Duration requestTimeout, Clock clock) {
        this.endpoint = commandService.resolve("/api/injections");
        this.secret = secret;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(requestTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public PostOutcome post(String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) { // includes HttpTimeoutException and refused connections
            log.warn("injection to {} failed: {}", endpoint, e.toString());
            return PostOutcome.RETRY;
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            log.debug("injected: {}", response.body());
            return PostOutcome.ACCEPTED;
        }
        if (status == 401) {
            tokenExpires = Instant.MIN; // secret rotated or clock skew: mint anew
        }
        if (status == 401 || status == 403 || status == 408 || status == 429 || status >= 500) {
            log.warn("injection answered {}: {}", status, abbreviate(response.body()));
            return PostOutcome.RETRY;
        }
        log.error("injection refused with {}: {}", status, abbreviate(response.body()));
        return PostOutcome.REFUSED;
    }

    private String token() {
        Instant now = clock.instant();
        if (token == null || now.isAfter(tokenExpires.minus(TOKEN_RENEWAL))) {
            token = HmacTokens.mint(secret, SUBJECT, SCOPES, now, TOKEN_LIFETIME);
            tokenExpires = now.plus(TOKEN_LIFETIME);
        }
        return token;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
