package dev.contrail.adsb.decoder;

/**
 * ICAO addresses recently seen in a clean DF11 or DF17/18, with the frame time they were last seen.
 * Address/parity replies (DF0/4/5/16/20/21) are trusted only for these addresses: their CRC cannot
 * tell a real reply from noise, but noise rarely yields an address that is really on the air.
 */
final class AddressTable {

    private final long ttlMillis;
    private final IntMap<long[]> lastSeen = new IntMap<>(1024);

    AddressTable(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    void record(int address, long frameTimeMillis) {
        long[] seen = lastSeen.get(address);
        if (seen == null) {
            lastSeen.put(address, new long[] {frameTimeMillis});
        } else if (frameTimeMillis > seen[0]) {
            seen[0] = frameTimeMillis;
        }
    }

    boolean isKnown(int address, long frameTimeMillis) {
        long[] seen = lastSeen.get(address);
        return seen != null && Math.abs(frameTimeMillis - seen[0]) <= ttlMillis;
    }

    void expire(long frameTimeMillis) {
        lastSeen.retain(seen -> frameTimeMillis - seen[0] <= ttlMillis);
    }

    int size() {
        return lastSeen.size();
    }
}
