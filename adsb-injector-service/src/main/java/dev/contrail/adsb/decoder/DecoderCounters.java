package dev.contrail.adsb.decoder;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain counters of what the decoder did, for the service to expose as metrics. Updated by the
 * decoding thread only; read them from that thread or accept slightly stale values.
 */
public final class DecoderCounters {

    private final long[] rejected = new long[RejectReason.values().length];
    private final long[] positions = new long[PositionStatus.values().length];
    private final long[] acceptedByDf = new long[25];
    private long accepted;
    private long correctedOneBit;
    private long correctedTwoBits;

    void accept(int df, int correctedBits, PositionStatus status) {
        accepted++;
        acceptedByDf[df]++;
        positions[status.ordinal()]++;
        if (correctedBits == 1) {
            correctedOneBit++;
        } else if (correctedBits == 2) {
            correctedTwoBits++;
        }
    }

    void reject(RejectReason reason) {
        rejected[reason.ordinal()]++;
    }

    public long accepted() {
        return accepted;
    }

    public long accepted(int df) {
        return df >= 0 && df < acceptedByDf.length ? acceptedByDf[df] : 0;
    }

    public long rejected(RejectReason reason) {
        return rejected[reason.ordinal()];
    }

    public long rejected() {
        long sum = 0;
        for (long r : rejected) {
            sum += r;
        }
        return sum;
    }

    public long positions(PositionStatus status) {
        return positions[status.ordinal()];
    }

    public long corrected(int bits) {
        return bits == 1 ? correctedOneBit : bits == 2 ? correctedTwoBits : 0;
    }

    /** Metric name to value, e.g. {@code rejected.crc_mismatch}, {@code positions.valid}. */
    public Map<String, Long> snapshot() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("accepted", accepted);
        m.put("corrected.one_bit", correctedOneBit);
        m.put("corrected.two_bits", correctedTwoBits);
        for (RejectReason r : RejectReason.values()) {
            m.put("rejected." + r.name().toLowerCase(Locale.ROOT), rejected[r.ordinal()]);
        }
        for (PositionStatus s : PositionStatus.values()) {
            m.put("positions." + s.name().toLowerCase(Locale.ROOT), positions[s.ordinal()]);
        }
        return m;
    }
}
