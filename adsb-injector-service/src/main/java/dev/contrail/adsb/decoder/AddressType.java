package dev.contrail.adsb.decoder;

/**
 * What the 24-bit address of an extended squitter means. DF17 always carries an ICAO address; DF18
 * says so in its CF field. Only {@link #isIcao()} types are keyed and tracked as ICAO aircraft and
 * feed the address table; the others are kept apart (shown with a {@code ~} prefix by tar1090).
 */
public enum AddressType {
    /** DF17: ADS-B from a Mode S transponder. */
    ADSB_ICAO,
    /** DF18 CF=0: ADS-B from a non-transponder device, ICAO address. */
    ADSB_ICAO_NT,
    /** DF18 CF=1: ADS-B with an anonymous / non-ICAO address (ground vehicles, obstacles). */
    ADSB_OTHER,
    /** DF18 CF=2: fine TIS-B (address may be a track file number). */
    TISB_FINE,
    /** DF18 CF=3: coarse TIS-B. */
    TISB_COARSE,
    /** DF18 CF=4: TIS-B / ADS-R management. */
    TISB_MANAGEMENT,
    /** DF18 CF=5: fine TIS-B with a non-ICAO address. */
    TISB_OTHER,
    /** DF18 CF=6: ADS-B rebroadcast (ADS-R). */
    ADSR,
    /** DF18 CF=7: reserved. */
    RESERVED;

    static AddressType of(int df, int cf) {
        if (df == 17) {
            return ADSB_ICAO;
        }
        return switch (cf) {
            case 0 -> ADSB_ICAO_NT;
            case 1 -> ADSB_OTHER;
            case 2 -> TISB_FINE;
            case 3 -> TISB_COARSE;
            case 4 -> TISB_MANAGEMENT;
            case 5 -> TISB_OTHER;
            case 6 -> ADSR;
            default -> RESERVED;
        };
    }

    public boolean isIcao() {
        return this == ADSB_ICAO || this == ADSB_ICAO_NT;
    }

    /** True when the ME field has the ordinary ADS-B layout (coarse TIS-B and management do not). */
    boolean hasAdsbLayout() {
        return this != TISB_COARSE && this != TISB_MANAGEMENT && this != RESERVED;
    }
}
