package dev.contrail.eventstore.aggregate;

import dev.contrail.eventstore.IdempotencyKey;

/**
 * What travels with a command besides its payload.
 *
 * @param actor the authenticated principal, recorded on every event
 * @param correlationId the request or flow the command belongs to
 * @param causationId what caused the command (a request id or an event id)
 * @param idempotencyKey the client's key, or null
 * @param expectedVersion the version the client saw (If-Match), or null to let the service retry conflicts
 */
public record CommandContext(
        String actor, String correlationId, String causationId, IdempotencyKey idempotencyKey, Long expectedVersion) {}
