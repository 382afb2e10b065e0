package dev.contrail.adsb.decoder;

/**
 * Aircraft operational status, TC 31 (BDS 6,5).
 *
 * <pre>
 * ME: TC(1-5) ST(6-8, 0 airborne 1 surface) CC(9-24) OM(25-40) VER(41-43) NICA(44) NACP(45-48)
 *     GVA(49-50, airborne) SIL(51-52) NICBARO(53, airborne; TRK/HDG on surface) HRD(54) SILS(55) -(56)
 * VER: 0 = DO-260, 1 = DO-260A, 2 = DO-260B
 * </pre>
 */
public record OperationalStatus(
        int subtype,
        int capabilityClass,
        int operationalMode,
        int version,
        boolean nicSupplementA,
        int nacP,
        int gva,
        int sil,
        boolean nicBaro,
        boolean headingReferenceMagnetic,
        boolean silPerSample)
        implements Adsb {

    static OperationalStatus decode(byte[] frame) {
        return new OperationalStatus(
                Bits.me(frame, 6, 3),
                Bits.me(frame, 9, 16),
                Bits.me(frame, 25, 16),
                Bits.me(frame, 41, 3),
                Bits.meBit(frame, 44),
                Bits.me(frame, 45, 4),
                Bits.me(frame, 49, 2),
                Bits.me(frame, 51, 2),
                Bits.meBit(frame, 53),
                Bits.meBit(frame, 54),
                Bits.meBit(frame, 55));
    }

    @Override
    public int typeCode() {
        return 31;
    }

    public boolean surface() {
        return subtype == 1;
    }
}
