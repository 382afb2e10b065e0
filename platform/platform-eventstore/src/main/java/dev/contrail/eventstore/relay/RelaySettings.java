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
 * @param pacing how far apart rounds start, unless the last one read a full batch (a backlog is
 *     read at full speed)
 */
public record RelaySettings(
        String name,
        int batchSize,
        Duration fallbackPoll,
        Duration heldBackRecheck,
        Duration standbyPoll,
        RoundPacing pacing) {

    /** The advisory lock key of this relay: the same for every instance, different per relay name. */
    long lockKey() {
        return 0x436f6e7472000000L ^ name.hashCode();
    }
}
