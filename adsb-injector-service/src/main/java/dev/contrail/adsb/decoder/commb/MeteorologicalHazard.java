package dev.contrail.adsb.decoder.commb;

import dev.contrail.adsb.decoder.Absent;

/**
 * BDS 4,5 meteorological hazard report. Not inferred automatically; decode it when known.
 *
 * <pre>
 * MB: S(1) turbulence(2-3) S(4) wind shear(5-6) S(7) microburst(8-9) S(10) icing(11-12)
 *     S(13) wake vortex(14-15) S(16) SAT(17-26, signed, 0.25 C) S(27) static pressure(28-38, hPa)
 *     S(39) radio height(40-51, 16 ft) reserved(52-56)
 * </pre>
 */
public record MeteorologicalHazard(double staticAirTemperatureC, int staticPressureHpa, int radioHeightFt) {

    public static MeteorologicalHazard decode(long mb) {
        return new MeteorologicalHazard(
                Mb.flag(mb, 16) ? Mb.signed(mb, 17, 9) * 0.25 : Absent.DOUBLE,
                Mb.flag(mb, 27) ? Mb.field(mb, 28, 11) : Absent.INT,
                Mb.flag(mb, 39) ? Mb.field(mb, 40, 12) * 16 : Absent.INT);
    }
}
