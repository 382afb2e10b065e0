package dev.contrail.adsb.decoder;

/**
 * Target state and status, TC 29 subtype 1 (ADS-B version 2, BDS 6,2).
 *
 * <pre>
 * ME: TC(1-5) ST(6-7) SILS(8) SAT(9, 0=MCP/FCU 1=FMS) SALT(10-20, (raw-1)*32 ft, 0=n/a)
 *     BARO(21-29, 800+(raw-1)*0.8 mb, 0=n/a) HS(30) HDG(31-39, 9 bits x 180/256 deg)
 *     NACP(40-43) NICBARO(44) SIL(45-46) MS(47, mode bits valid) AP(48) VNAV(49) ALTH(50)
 *     -(51) APP(52) TCAS(53, operational) LNAV(54) -(55-56)
 * </pre>
 *
 * Subtype 0 (version 1 target state) is returned with all optional fields absent.
 */
public record TargetState(
        int subtype,
        boolean fmsSelectedAltitude,
        int selectedAltitudeFt,
        double baroSettingMb,
        double selectedHeadingDeg,
        int nacP,
        boolean nicBaro,
        int sil,
        boolean modeBitsValid,
        boolean autopilot,
        boolean vnav,
        boolean altitudeHold,
        boolean approach,
        boolean tcasOperational,
        boolean lnav)
        implements Adsb {

    static TargetState decode(byte[] frame) {
        int st = Bits.me(frame, 6, 2);
        if (st != 1) {
            return new TargetState(
                    st,
                    false,
                    Absent.INT,
                    Absent.DOUBLE,
                    Absent.DOUBLE,
                    0,
                    false,
                    0,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false);
        }
        int alt = Bits.me(frame, 10, 11);
        int baro = Bits.me(frame, 21, 9);
        return new TargetState(
                st,
                Bits.meBit(frame, 9),
                alt == 0 ? Absent.INT : (alt - 1) * 32,
                baro == 0 ? Absent.DOUBLE : 800.0 + (baro - 1) * 0.8,
                Bits.meBit(frame, 30) ? Bits.me(frame, 31, 9) * 180.0 / 256.0 : Absent.DOUBLE,
                Bits.me(frame, 40, 4),
                Bits.meBit(frame, 44),
                Bits.me(frame, 45, 2),
                Bits.meBit(frame, 47),
                Bits.meBit(frame, 48),
                Bits.meBit(frame, 49),
                Bits.meBit(frame, 50),
                Bits.meBit(frame, 52),
                Bits.meBit(frame, 53),
                Bits.meBit(frame, 54));
    }

    @Override
    public int typeCode() {
        return 29;
    }

    public boolean hasSelectedAltitude() {
        return !Absent.is(selectedAltitudeFt);
    }

    public boolean hasSelectedHeading() {
        return !Absent.is(selectedHeadingDeg);
    }

    public boolean hasBaroSetting() {
        return !Absent.is(baroSettingMb);
    }
}
