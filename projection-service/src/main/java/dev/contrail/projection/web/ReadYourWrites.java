package dev.contrail.projection.web;

import dev.contrail.messaging.EventApplier;
import dev.contrail.projection.config.ProjectionServiceProperties;
import dev.contrail.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Read your own writes: a query that passes the position its command returned waits, bounded,
 * until the projection has applied that event; past the bound it fails with 504, never with
 * stale data.
 */
@Component
public class ReadYourWrites {

    public static final String HEADER = "Contrail-Min-Position";

    private final EventApplier applier;
    private final long maxWaitMillis;

    ReadYourWrites(EventApplier applier, ProjectionServiceProperties properties) {
        this.applier = applier;
        this.maxWaitMillis = properties.minPositionWait().toMillis();
    }

    /** Returns once the subscription has applied the position (if one was asked for). */
    public void await(String subscription, String minPosition) {
        if (minPosition == null || minPosition.isBlank()) {
            return;
        }
        long position;
        try {
            position = Long.parseLong(minPosition.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(
                    "invalid-min-position", HEADER + " must be a global position, got " + minPosition);
        }
        if (position < 0) {
            throw new BadRequestException("invalid-min-position", HEADER + " must not be negative");
        }
        try {
            if (!applier.awaitApplied(subscription, position, maxWaitMillis)) {
                throw new ProjectionBehindException(subscription, position, maxWaitMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectionBehindException(subscription, position, maxWaitMillis);
        }
    }
}
