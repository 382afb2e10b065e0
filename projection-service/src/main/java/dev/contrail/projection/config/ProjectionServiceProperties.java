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
 * @param consumerConcurrency consumer threads per subscription (the topics have 6 partitions): one
 *     applies a poll while another waits for PostgreSQL (flights at full simulator speed: largest
 *     lag 5.3 s with 2, 0.9 s with 3)
 * @param rebuildPageSize events read from the log and applied in one transaction during a rebuild;
 *     a batch handler writes each row once per page, so big pages make rebuilds fast (flights:
 *     25,000 events/s at 5,000 per page, 52,000 at 50,000), and two pages (the one applied and the
 *     one read ahead, about 1 KB per event) are in memory at once
 */
@ConfigurationProperties("contrail")
public record ProjectionServiceProperties(
        @DefaultValue("http://127.0.0.1:8081") URI commandService,
        @DefaultValue("5s") Duration minPositionWait,
        @DefaultValue("3") int consumerConcurrency,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("50000") int rebuildPageSize,
        Security security) {

    /** @param jwtSecret the shared HS256 secret: verifies admin tokens and mints the token for reading the log */
    public record Security(String jwtSecret) {}
}
