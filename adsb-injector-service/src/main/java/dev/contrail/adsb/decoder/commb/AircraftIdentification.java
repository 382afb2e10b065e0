package dev.contrail.adsb.decoder.commb;

import dev.contrail.adsb.decoder.Callsign;

/**
 * BDS 2,0 aircraft identification.
 *
 * <pre>
 * MB: BDS(1-8) = 0x20, C1..C8(9-56, 6 bits each, ICAO alphabet)
 * </pre>
 */
public record AircraftIdentification(String callsign) {

    public static AircraftIdentification decode(long mb) {
        return new AircraftIdentification(Callsign.decode(mb & 0xFFFFFFFFFFFFL));
    }

    static boolean matches(long mb) {
        long chars = mb & 0xFFFFFFFFFFFFL;
        return Mb.field(mb, 1, 8) == 0x20 && chars != 0 && Callsign.isValid(chars);
    }
}
