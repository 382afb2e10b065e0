package dev.contrail.eventstore;

/**
 * A client's idempotency key, scoped by the caller (route and principal), and a hash of the
 * request it came with: the same key with another request is refused, not replayed.
 */
public record IdempotencyKey(String key, String requestHash) {}
