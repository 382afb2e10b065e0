package dev.contrail.adsb.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic event ids: a name-based UUID (version 8, RFC 9562) from SHA-256 of receiver, frame
 * time, frame bytes and event type. Re-injecting a capture therefore yields the same ids, which the
 * log recognises as duplicates; a random id would append every event again.
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
        h[6] = (byte) ((h[6] & 0x0F) | 0x80); // version 8
        h[8] = (byte) ((h[8] & 0x3F) | 0x80); // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = msb << 8 | (h[i] & 0xFF);
            lsb = lsb << 8 | (h[8 + i] & 0xFF);
        }
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
