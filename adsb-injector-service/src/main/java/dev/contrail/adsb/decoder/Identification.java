package dev.contrail.adsb.decoder;

/**
 * Aircraft identification and category, TC 1-4 (BDS 0,8).
 *
 * <pre>
 * ME: TC(1-5) CA(6-8) C1..C8(9-56, 6 bits each)
 * emitter category set: TC4 = A, TC3 = B, TC2 = C, TC1 = D; category A0..D7
 * </pre>
 *
 * @param category the 3-bit CA value (0 = no category information)
 * @param callsign trailing spaces removed
 */
public record Identification(int typeCode, int category, String callsign) implements Adsb {

    static Identification decode(byte[] frame) {
        return new Identification(
                Bits.me(frame, 1, 5), Bits.me(frame, 6, 3), Callsign.decode(Bits.read(frame, 41, 48)));
    }

    private static final String[][] DESCRIPTIONS = {
        {"Reserved", "Reserved", "Reserved", "Reserved", "Reserved", "Reserved", "Reserved"},
        {
            "Surface emergency vehicle",
            "Surface service vehicle",
            "Ground obstruction",
            "Ground obstruction",
            "Ground obstruction",
            "Ground obstruction",
            "Ground obstruction"
        },
        {
            "Glider, sailplane",
            "Lighter-than-air",
            "Parachutist, skydiver",
            "Ultralight, hang-glider, paraglider",
            "Reserved",
            "Unmanned aerial vehicle",
            "Space or transatmospheric vehicle"
        },
        {
            "Light (less than 7000 kg)",
            "Medium 1 (between 7000 kg and 34000 kg)",
            "Medium 2 (between 34000 kg to 136000 kg)",
            "High vortex aircraft",
            "Heavy (larger than 136000 kg)",
            "High performance (>5 g acceleration) and high speed (>400 kt)",
            "Rotorcraft"
        }
    };

    /** Wake vortex / emitter category in words (DO-260B table), e.g. "Rotorcraft". */
    public String categoryDescription() {
        if (category == 0) {
            return "No category information";
        }
        return DESCRIPTIONS[typeCode - 1][category - 1];
    }

    /** Emitter category as tar1090 shows it, e.g. {@code "A3"}. */
    public String emitterCategory() {
        return String.valueOf((char) ('A' + 4 - typeCode)) + category;
    }
}
