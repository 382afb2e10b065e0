package dev.contrail.adsb.decoder;

/**
 * DF11 all-call reply / acquisition squitter.
 *
 * <pre>
 * DF(1-5) CA(6-8) AA(9-32) PI(33-56)
 * PI = CRC xor interrogator code: the syndrome is 0 for a squitter, the II code (1-15) or
 * 16 + the SI code (0-63) for a reply to an interrogator.
 * </pre>
 *
 * @param interrogatorCode the CRC syndrome (0-79); see {@link #interrogator()}
 */
public record AllCallReply(int address, int capability, int interrogatorCode) implements ModeSMessage {

    static AllCallReply decode(byte[] frame, int syndrome) {
        return new AllCallReply(Bits.bits(frame, 9, 24), Bits.bits(frame, 6, 3), syndrome);
    }

    @Override
    public int df() {
        return 11;
    }

    /** {@code "II<n>"} for an interrogator identifier, {@code "SI<n>"} for a surveillance identifier. */
    public String interrogator() {
        return interrogatorCode < 16 ? "II" + interrogatorCode : "SI" + (interrogatorCode - 16);
    }
}
