package dev.contrail.adsb.decoder;

/**
 * Stateful Mode S / ADS-B decoder: CRC check and repair, address validation of address/parity
 * formats, typed decoding, CPR position resolution and plausibility. Single-threaded: use one
 * instance per receiver stream (or synchronize externally). Pure function of its inputs: time comes
 * only from {@code receivedAtMillis}, the frame time.
 */
public final class Decoder {

    /** DF11 syndromes below this are an II (0-15) or SI (16-79) code, not an error. */
    private static final int MAX_INTERROGATOR_CODE = 80;

    private static final long HOUSEKEEPING_INTERVAL = 60_000;

    private final DecoderConfig config;
    private final ErrorCorrector corrector;
    private final AddressTable addresses;
    private final Tracker tracker;
    private final DecoderCounters counters = new DecoderCounters();
    private long lastHousekeeping = Long.MIN_VALUE;

    public Decoder() {
        this(DecoderConfig.defaults());
    }

    public Decoder(DecoderConfig config) {
        this.config = config;
        this.corrector = new ErrorCorrector(config.fixTwoBits());
        this.addresses = new AddressTable(config.addressTtlMillis());
        this.tracker = new Tracker(config);
    }

    /**
     * Decodes one 7- or 14-byte frame received at {@code receivedAtMillis} (frame time, e.g. the
     * source's timestamp). The array is not modified or retained.
     */
    public DecodeResult decode(byte[] frame, long receivedAtMillis) {
        DecodeResult result = check(frame, receivedAtMillis);
        switch (result) {
            case DecodeResult.Accepted a -> counters.accept(a.message().df(), a.correctedBits(), a.positionStatus());
            case DecodeResult.Rejected r -> counters.reject(r.reason());
        }
        housekeeping(receivedAtMillis);
        return result;
    }

    private DecodeResult check(byte[] frame, long time) {
        if (frame == null || (frame.length != 7 && frame.length != 14)) {
            return DecodeResult.Rejected.of(RejectReason.BAD_LENGTH);
        }
        if (allZero(frame)) {
            return DecodeResult.Rejected.of(RejectReason.ALL_ZERO);
        }
        int df = Bits.downlinkFormat(frame);
        int expected = MessageDecoder.expectedLength(df);
        if (expected < 0) {
            return DecodeResult.Rejected.of(RejectReason.UNSUPPORTED_FORMAT);
        }
        if (expected != frame.length) {
            return DecodeResult.Rejected.of(RejectReason.BAD_LENGTH);
        }
        int syndrome = Crc24.syndrome(frame);
        byte[] f = frame;
        int corrected = 0;
        boolean selfChecking = df == 11 || df == 17 || df == 18;
        if (selfChecking) {
            boolean clean = df == 11 ? syndrome < MAX_INTERROGATOR_CODE : syndrome == 0;
            if (!clean) {
                if (!config.fixOneBit()) {
                    return DecodeResult.Rejected.of(RejectReason.CRC_MISMATCH);
                }
                f = frame.clone();
                corrected = corrector.repair(f, syndrome);
                if (corrected == 0) {
                    return DecodeResult.Rejected.of(RejectReason.CRC_MISMATCH);
                }
                syndrome = 0;
            }
        } else if (!addresses.isKnown(syndrome, time)) {
            return DecodeResult.Rejected.of(RejectReason.UNKNOWN_ADDRESS);
        }
        ModeSMessage message = MessageDecoder.decode(f, df, syndrome);
        if (corrected == 0 && selfChecking && isIcaoSource(message)) {
            addresses.record(message.address(), time);
        }
        return tracker.track(message, time, corrected);
    }

    private static boolean isIcaoSource(ModeSMessage m) {
        return m instanceof AllCallReply
                || (m instanceof ExtendedSquitter es && es.addressType().isIcao());
    }

    private static boolean allZero(byte[] frame) {
        int or = 0;
        for (byte b : frame) {
            or |= b;
        }
        return or == 0;
    }

    private void housekeeping(long time) {
        if (lastHousekeeping == Long.MIN_VALUE || time < lastHousekeeping) {
            lastHousekeeping = time;
        } else if (time - lastHousekeeping >= HOUSEKEEPING_INTERVAL) {
            addresses.expire(time);
            tracker.expire(time);
            lastHousekeeping = time;
        }
    }

    public DecoderCounters counters() {
        return counters;
    }

    public DecoderConfig config() {
        return config;
    }

    /** Number of aircraft (and non-ICAO targets) with state. */
    public int trackedAircraft() {
        return tracker.size();
    }

    /** Number of addresses currently validating address/parity replies. */
    public int knownAddresses() {
        return addresses.size();
    }
}
