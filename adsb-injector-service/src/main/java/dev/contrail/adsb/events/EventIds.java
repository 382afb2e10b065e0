package dev.contrail.adsb.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic event ids: a UUID version 8 (RFC 9562) laid out like a version 7, the frame's time
 * in Unix milliseconds in the first 48 bits, the other 74 free bits from SHA-256 of receiver, frame
 * time, frame bytes and event type. Re-injecting a capture therefore yields the same ids, which the
 * log recognises as duplicates (a random id would append every event again); and the ids grow with
 * time, so the log's unique index on them takes new entries at its right edge instead of at random
 * pages all over an index far larger than PostgreSQL's buffers.
 */
public final class EventIds {

    private static final MessageDigest PROTOTYPE = sha256();

    private EventIds() {}

    public static UUID of(String receiver, long timeMillis, byte[] frame, String type) {
        MessageDigest digest = digest();
        digest.update(receiver.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0); // separators keep ("ab","c") and ("a","bc") apart
        for (int i = 7; i >= 0; i--) {
            digest.update((byte) (timeMillis >>> (8 * i)));
        }
        digest.update((byte) frame.length);
        digest.update(frame);
        digest.update(type.getBytes(StandardCharsets.UTF_8));
        byte[] h = digest.digest();
        long hashHigh = 0;
        long hashLow = 0;
        for (int i = 0; i < 8; i++) {
            hashHigh = hashHigh << 8 | (h[i] & 0xFF);
            hashLow = hashLow << 8 | (h[8 + i] & 0xFF);
        }
        long msb = (timeMillis & 0xFFFF_FFFF_FFFFL) << 16 // unix_ts_ms
                | 0x8000L // version 8
                | (hashHigh & 0x0FFF);
        long lsb = (hashLow & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(msb, lsb);
    }

    private static MessageDigest digest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
