package dev.contrail.adsb.decoder;

/**
 * Aircraft status, TC 28 (BDS 6,1).
 *
 * <pre>
 * subtype 1, emergency/priority status:
 *   ME: TC(1-5) ST(6-8) ES(9-11) ID(12-24, Mode A code) -(25-56)
 *   ES: 0 none, 1 general, 2 lifeguard/medical, 3 minimum fuel, 4 no communications,
 *       5 unlawful interference, 6 downed aircraft
 * subtype 2: ACAS resolution advisory broadcast (kept raw in {@link #me()})
 * </pre>
 *
 * @param emergency subtype 1 only, else {@link Emergency#NONE}
 * @param squawk subtype 1 only, else {@link Absent#INT}
 */
public record AircraftStatus(int subtype, Emergency emergency, int squawk, long me) implements Adsb {

    static AircraftStatus decode(byte[] frame) {
        int st = Bits.me(frame, 6, 3);
        if (st != 1) {
            return new AircraftStatus(st, Emergency.NONE, Absent.INT, Bits.read(frame, 33, 56));
        }
        return new AircraftStatus(
                st,
                Emergency.of(Bits.me(frame, 9, 3)),
                Squawk.decode(Bits.me(frame, 12, 13)),
                Bits.read(frame, 33, 56));
    }

    @Override
    public int typeCode() {
        return 28;
    }

    public boolean hasSquawk() {
        return !Absent.is(squawk);
    }
}
