package dev.contrail.eventstore.relay;

import java.time.Duration;

/**
 * How the relay runs.
 *
 * @param name the checkpoint's name, and the advisory lock that makes one instance the leader
 * @param batchSize events read and published per round
 * @param fallbackPoll how long to wait for a notification before reading anyway
 * @param heldBackRecheck how soon to read again when committed events wait behind an older, still
 *     running transaction that will not notify (it appends no events)
 * @param standbyPoll how often a standby instance tries to become the leader
 * @param roundInterval rounds start at most this often, unless the last one read a full batch (a
 *     backlog): under load a round then carries the events of the whole interval (fewer reads of
 *     the log, fewer Kafka requests), for at most this much more latency; zero reads again as soon
 *     as an append commits
 */
public record RelaySettings(
        String name,
        int batchSize,
        Duration fallbackPoll,
        Duration heldBackRecheck,
        Duration standbyPoll,
        Duration roundInterval) {

    /** The advisory lock key of this relay: the same for every instance, different per relay name. */
    long lockKey() {
        return 0x436f6e7472000000L ^ name.hashCode();
    }
}
