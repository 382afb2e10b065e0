package dev.contrail.projection.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The projection service's settings ({@code contrail.*}).
 *
 * @param commandService where the event log is read from during rebuilds
 * @param minPositionWait how long a query with {@code Contrail-Min-Position} waits before 504
 */
@ConfigurationProperties("contrail")
public record ProjectionServiceProperties(
        @DefaultValue("http://127.0.0.1:8081") URI commandService,
        @DefaultValue("5s") Duration minPositionWait,
        @DefaultValue("2") int consumerConcurrency,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("5000") int rebuildPageSize,
        Security security) {

    /** @param jwtSecret the shared HS256 secret: verifies admin tokens and mints the token for reading the log */
    public record Security(String jwtSecret) {}
}
