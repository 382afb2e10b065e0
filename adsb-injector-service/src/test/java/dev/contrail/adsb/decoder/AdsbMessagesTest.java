package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** One test group per ADS-B message type (DF17/18 ME field). */
class AdsbMessagesTest {

    private static Adsb adsb(String hex) {
        return ((ExtendedSquitter) MessageDecoder.decode(TestData.hex(hex))).adsb();
    }

    @Test
    void identificationGivesCallsignAndEmitterCategory() {
        Identification id = (Identification) adsb("8D406B902015A678D4D220AA4BDA");
        assertThat(id.callsign()).isEqualTo("EZY85MH");
        assertThat(id.category()).isZero();
        assertThat(id.emitterCategory()).isEqualTo("A0");
        assertThat(id.categoryDescription()).isEqualTo("No category information");
    }

    @Test
    void callsignAlphabetHasLettersDigitsAndSpaceOnly() {
        long kLm1017 = 0b001011_001100_001101_110001_110000_110001_110111_100000L; // "KLM1017 "
        assertThat(Callsign.decode(kLm1017)).isEqualTo("KLM1017");
        assertThat(Callsign.isValid(kLm1017)).isTrue();
        assertThat(Callsign.isValid(kLm1017 | 0b111111)).isFalse();
    }

    @Test
    void airbornePositionGivesBarometricAltitudeCprFieldsAndNuc() {
        AirbornePosition p = (AirbornePosition) adsb("8D40058B58C901375147EFD09357");
        assertThat(p.typeCode()).isEqualTo(11);
        assertThat(p.altitudeFt()).isEqualTo(39000);
        assertThat(p.gnssAltitude()).isFalse();
        assertThat(p.odd()).isFalse();
        assertThat(p.nucP()).isEqualTo(7);
        assertThat(p.surface()).isFalse();
    }

    @Test
    void airbornePositionAltitudeCanBeNegative() {
        assertThat(((AirbornePosition) adsb("8d484fde5803b647ecec4fcdd74f")).altitudeFt())
                .isEqualTo(-325);
    }

    @Test
    void gnssHeightIsFlaggedAndCodedLikeBarometricAltitude() {
        // ALT 0x4D1 = 0100 1101 0001: Q=1, N=609 -> 609*25-1000 = 14,225 ft (pyModeS: 1233 m = 4,045 ft)
        for (long tc : new long[] {11, 20}) {
            long me = (tc << 51) | (0x4D1L << 36);
            AirbornePosition p = (AirbornePosition)
                    ((ExtendedSquitter) MessageDecoder.decode(Frames.extendedSquitter(17, 5, 0x123456, me))).adsb();
            assertThat(p.gnssAltitude()).isEqualTo(tc == 20);
            assertThat(p.altitudeFt()).isEqualTo(14225);
        }
    }

    @Test
    void surfacePositionGivesMovementAndTrack() {
        SurfacePosition p = (SurfacePosition) adsb("8FC8200A3AB8F5F893096B000000");
        assertThat(p.typeCode()).isEqualTo(7);
        assertThat(p.groundSpeedKt()).isEqualTo(19.0);
        assertThat(p.trackDeg()).isCloseTo(42.1875, within(1e-9));
        assertThat(p.surface()).isTrue();
    }

    @Test
    void surfaceMovementCodeZeroIsNotAvailableAndOneIsStopped() {
        assertThat(((SurfacePosition) adsb("8c3944f8400002acb23cda192b95")).hasGroundSpeed())
                .isFalse();
        assertThat(((SurfacePosition) adsb("903a33ff40100858d34ff3cce976")).groundSpeedKt())
                .isZero();
        assertThat(SurfacePosition.groundSpeed(124)).isEqualTo(175.0);
        assertThat(SurfacePosition.groundSpeed(125)).isNaN();
    }

    @Test
    void groundSpeedVelocityGivesSpeedTrackVerticalRateAndItsSource() {
        AirborneVelocity v = (AirborneVelocity) adsb("8D485020994409940838175B284F");
        assertThat(v.subtype()).isEqualTo(1);
        assertThat(v.groundSpeedKt()).isCloseTo(159.20, within(0.01));
        assertThat(v.trackDeg()).isCloseTo(182.88, within(0.01));
        assertThat(v.verticalRateFpm()).isEqualTo(-832);
        assertThat(v.verticalRateSource()).isEqualTo("GNSS");
        assertThat(v.geoMinusBaroFt()).isEqualTo(550);
        assertThat(v.hasAirspeed()).isFalse();
    }

    @Test
    void airspeedVelocityGivesAirspeedTypeAndHeadingIncludingZeroDegrees() {
        AirborneVelocity tas = (AirborneVelocity) adsb("8DA05F219B06B6AF189400CBC33F");
        assertThat(tas.subtype()).isEqualTo(3);
        assertThat(tas.airspeedKt()).isEqualTo(375.0);
        assertThat(tas.airspeedType()).isEqualTo("TAS");
        assertThat(tas.headingDeg()).isCloseTo(243.98, within(0.01));
        assertThat(tas.verticalRateFpm()).isEqualTo(-2304);
        AirborneVelocity ias = (AirborneVelocity) adsb("8D4841409B04000CA04400000000");
        assertThat(ias.hasHeading()).isTrue();
        assertThat(ias.headingDeg()).isZero();
        assertThat(ias.airspeedType()).isEqualTo("IAS");
    }

    @Test
    void rawZeroVelocityFieldsAreAbsentNeverZeroOrMinus64() {
        // subtype 1 with east-west, north-south, vertical rate and GNSS difference all raw 0
        long me = (19L << 51) | (1L << 48);
        AirborneVelocity v = (AirborneVelocity)
                ((ExtendedSquitter) MessageDecoder.decode(Frames.extendedSquitter(17, 5, 0x123456, me))).adsb();
        assertThat(v.hasGroundSpeed()).isFalse();
        assertThat(v.trackDeg()).isNaN();
        assertThat(v.hasVerticalRate()).isFalse();
        assertThat(v.verticalRateFpm()).isEqualTo(Absent.INT);
        assertThat(v.hasGeoMinusBaro()).isFalse();
    }

    @Test
    void emergencyStatusGivesStateAndSquawk() {
        AircraftStatus s = (AircraftStatus) adsb("8DA2C1B6E112B600000000760759");
        assertThat(s.subtype()).isEqualTo(1);
        assertThat(s.emergency()).isEqualTo(Emergency.NONE);
        assertThat(Squawk.format(s.squawk())).isEqualTo("6513");
        long me = (28L << 51) | (1L << 48) | (5L << 45) | ((long) 0b0101010100010 << 32); // unlawful, 7500
        AircraftStatus hijack = (AircraftStatus)
                ((ExtendedSquitter) MessageDecoder.decode(Frames.extendedSquitter(17, 5, 0x123456, me))).adsb();
        assertThat(hijack.emergency().label()).isEqualTo("unlawful");
        assertThat(Squawk.format(hijack.squawk())).isEqualTo("7500");
    }

    @Test
    void targetStateGivesSelectedAltitudeBaroHeadingAndModes() {
        TargetState t = (TargetState) adsb("8DA05629EA21485CBF3F8CADAEEB");
        assertThat(t.selectedAltitudeFt()).isEqualTo(16992);
        assertThat(t.fmsSelectedAltitude()).isFalse();
        assertThat(t.baroSettingMb()).isCloseTo(1012.8, within(0.01));
        assertThat(t.selectedHeadingDeg()).isCloseTo(66.8, within(0.01));
        assertThat(t.autopilot()).isTrue();
        assertThat(t.vnav()).isTrue();
        assertThat(t.altitudeHold()).isFalse();
        assertThat(t.lnav()).isTrue();
        assertThat(((TargetState) adsb("8d89653eea4c4858013f8c6472e1")).hasSelectedHeading())
                .isFalse();
    }

    @Test
    void operationalStatusGivesVersionAndIntegrity() {
        OperationalStatus o = (OperationalStatus) adsb("8d4d0131f82100020049b8209514");
        assertThat(o.version()).isEqualTo(2);
        assertThat(o.nacP()).isEqualTo(9);
        assertThat(o.sil()).isEqualTo(3);
        assertThat(o.gva()).isEqualTo(2);
        assertThat(o.nicBaro()).isTrue();
        assertThat(o.surface()).isFalse();
    }

    @Test
    void unsupportedTypeCodesAreKeptRaw() {
        long me = (23L << 51) | 0x1234;
        assertThat(((ExtendedSquitter) MessageDecoder.decode(Frames.extendedSquitter(17, 5, 1, me))).adsb())
                .isEqualTo(new OtherAdsb(23, me));
    }
}
