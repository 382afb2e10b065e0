package dev.contrail.adsb.decoder.commb;

import dev.contrail.adsb.decoder.Absent;

/**
 * BDS 4,0 selected vertical intention.
 *
 * <pre>
 * MB: S(1) MCP/FCU selected altitude(2-13, 16 ft)   S(14) FMS selected altitude(15-26, 16 ft)
 *     S(27) baro setting(28-39, 0.1 mb + 800)        reserved(40-47) = 0
 *     S(48) VNAV(49) ALT HOLD(50) APPROACH(51)       reserved(52-53) = 0   S(54) target source(55-56)
 * </pre>
 *
 * Absent fields are {@link Absent#INT} / {@link Absent#DOUBLE}.
 */
public record SelectedVerticalIntention(int mcpAltitudeFt, int fmsAltitudeFt, double baroSettingMb) {

    public static SelectedVerticalIntention decode(long mb) {
        return new SelectedVerticalIntention(
                Mb.flag(mb, 1) ? Mb.field(mb, 2, 12) * 16 : Absent.INT,
                Mb.flag(mb, 14) ? Mb.field(mb, 15, 12) * 16 : Absent.INT,
                Mb.flag(mb, 27) ? 800.0 + Mb.field(mb, 28, 12) * 0.1 : Absent.DOUBLE);
    }

    static boolean matches(long mb) {
        if (!Mb.statusConsistent(mb, 1, 2, 12)
                || !Mb.statusConsistent(mb, 14, 15, 12)
                || !Mb.statusConsistent(mb, 27, 28, 12)
                || !Mb.statusConsistent(mb, 48, 49, 3)
                || !Mb.statusConsistent(mb, 54, 55, 2)
                || Mb.field(mb, 40, 8) != 0
                || Mb.field(mb, 52, 2) != 0) {
            return false;
        }
        SelectedVerticalIntention v = decode(mb);
        boolean any = !Absent.is(v.mcpAltitudeFt) || !Absent.is(v.fmsAltitudeFt) || !Absent.is(v.baroSettingMb);
        return any
                && (Absent.is(v.mcpAltitudeFt) || v.mcpAltitudeFt <= 50_000)
                && (Absent.is(v.fmsAltitudeFt) || v.fmsAltitudeFt <= 50_000)
                && (Absent.is(v.baroSettingMb) || (v.baroSettingMb >= 900 && v.baroSettingMb <= 1100));
    }
}
