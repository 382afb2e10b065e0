package dev.contrail.adsb.decoder.commb;

import dev.contrail.adsb.decoder.Absent;

/**
 * BDS 4,4 meteorological routine air report. Not inferred automatically (too easily confused);
 * decode it when the register is known.
 *
 * <pre>
 * MB: FOM/source(1-4) S(5) wind speed(6-14, kt) wind direction(15-23, 180/256 deg)
 *     SAT(24-34, signed, 0.25 C) S(35) static pressure(36-46, hPa) S(47) turbulence(48-49)
 *     S(50) humidity(51-56, 100/64 %)
 * </pre>
 */
public record MeteorologicalRoutine(
        double windSpeedKt, double windDirectionDeg, double staticAirTemperatureC, int staticPressureHpa) {

    public static MeteorologicalRoutine decode(long mb) {
        boolean wind = Mb.flag(mb, 5);
        return new MeteorologicalRoutine(
                wind ? Mb.field(mb, 6, 9) : Absent.DOUBLE,
                wind ? Mb.field(mb, 15, 9) * 180.0 / 256.0 : Absent.DOUBLE,
                Mb.signed(mb, 24, 10) * 0.25,
                Mb.flag(mb, 35) ? Mb.field(mb, 36, 11) : Absent.INT);
    }
}
