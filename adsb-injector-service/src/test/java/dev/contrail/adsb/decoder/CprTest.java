package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CprTest {

    private static final double AIRBORNE_RESOLUTION = 0.0001;

    @ParameterizedTest(name = "({0}, {1})")
    @CsvSource({
        "52.3086, 4.7639", // NE
        "40.6413, -73.7781", // NW
        "-33.9399, 151.1753", // SE
        "-34.8222, -58.5358", // SW
        "0.0001, 0.0001",
        "10.0, 179.9999", // just west of the antimeridian
        "10.0, -179.9999", // just east of it
        "-45.0, 180.0",
        "86.9, 20.0", // NL = 2
        "87.5, -100.0", // NL = 1
        "-89.9, 45.0"
    })
    void globalAirborneDecodingRecoversTheEncodedPositionForEitherNewerFrame(double lat, double lon) {
        int[] even = Frames.encode(lat, lon, false, false);
        int[] odd = Frames.encode(lat, lon, true, false);
        for (boolean oddNewer : new boolean[] {false, true}) {
            Position p = Cpr.globalAirborne(even[0], even[1], odd[0], odd[1], oddNewer);
            assertThat(p).isNotNull();
            assertThat(p.lat()).isCloseTo(lat, within(AIRBORNE_RESOLUTION));
            assertThat(Cpr.normalize(p.lon() - lon))
                    .isCloseTo(
                            0.0, within(AIRBORNE_RESOLUTION / Math.cos(Math.toRadians(Math.min(Math.abs(lat), 89.0)))));
            assertThat(p.lon()).isGreaterThanOrEqualTo(-180.0).isLessThan(180.0);
        }
    }

    @ParameterizedTest(name = "({0}, {1}) ref ({2}, {3})")
    @CsvSource({
        "52.3086, 4.7639, 52.0, 5.0",
        "40.6413, -73.7781, 41.0, -74.0",
        "-33.9399, 151.1753, -34.0, 151.0",
        "-34.8222, -58.5358, -35.0, -58.0",
        "-16.9, 179.98, -17.0, -179.9", // reference across the antimeridian
        "-16.9, -179.98, -17.0, 179.9"
    })
    void surfaceDecodingPicksTheCandidateNearestTheReferenceInAllQuadrants(
            double lat, double lon, double refLat, double refLon) {
        int[] even = Frames.encode(lat, lon, false, true);
        int[] odd = Frames.encode(lat, lon, true, true);
        Position ref = new Position(refLat, refLon);
        Position global = Cpr.globalSurface(even[0], even[1], odd[0], odd[1], true, ref);
        Position local = Cpr.local(true, false, even[0], even[1], ref);
        for (Position p : new Position[] {global, local}) {
            assertThat(p.lat()).isCloseTo(lat, within(0.0001));
            assertThat(Cpr.normalize(p.lon() - lon)).isCloseTo(0.0, within(0.0001));
        }
    }

    @Test
    void localAirborneDecodingWorksAcrossTheAntimeridian() {
        int[] odd = Frames.encode(10.0, -179.95, true, false);
        Position p = Cpr.local(false, true, odd[0], odd[1], new Position(10.5, 179.5));
        assertThat(p.lat()).isCloseTo(10.0, within(0.0001));
        assertThat(p.lon()).isCloseTo(-179.95, within(0.0001));
    }

    @Test
    void aPairStraddlingALongitudeZoneBoundaryGivesNoPosition() {
        double boundary = 60.0 + 0.0; // find the NL change nearest 60 N
        while (Cpr.nl(boundary) == Cpr.nl(boundary + 0.001)) {
            boundary += 0.001;
        }
        int[] even = Frames.encode(boundary - 0.002, 10.0, false, false);
        int[] odd = Frames.encode(boundary + 0.003, 10.0, true, false);
        double[] out = new double[2];
        assertThat(Cpr.globalAirborne(even[0], even[1], odd[0], odd[1], true, out))
                .isEqualTo(Cpr.ZONE_MISMATCH);

        Decoder decoder = new Decoder();
        decoder.decode(Frames.airbornePosition(0xABCDEF, boundary - 0.002, 10.0, false, 30000), 0);
        DecodeResult r = decoder.decode(Frames.airbornePosition(0xABCDEF, boundary + 0.003, 10.0, true, 30000), 500);
        assertThat(((DecodeResult.Accepted) r).positionStatus()).isEqualTo(PositionStatus.ZONE_MISMATCH);
        assertThat(((DecodeResult.Accepted) r).position()).isNull();
        assertThat(decoder.counters().positions(PositionStatus.ZONE_MISMATCH)).isEqualTo(1);
    }

    @Test
    void longitudeZoneCountFollowsTheTransitionLatitudes() {
        assertThat(Cpr.nl(0.0)).isEqualTo(59);
        assertThat(Cpr.nl(10.47)).isEqualTo(59);
        assertThat(Cpr.nl(10.48)).isEqualTo(58);
        assertThat(Cpr.nl(-10.48)).isEqualTo(58);
        assertThat(Cpr.nl(86.53)).isEqualTo(3);
        assertThat(Cpr.nl(86.54)).isEqualTo(2);
        assertThat(Cpr.nl(86.99)).isEqualTo(2);
        assertThat(Cpr.nl(87.0)).isEqualTo(1);
        assertThat(Cpr.nl(-90.0)).isEqualTo(1);
        for (double lat = 0; lat < 90; lat += 0.01) {
            assertThat(Cpr.nl(lat)).isGreaterThanOrEqualTo(Cpr.nl(lat + 0.01));
        }
    }

    @Test
    void aSurfaceFrameIsNeverPairedWithAnAirborneOne() {
        // V035: TC 7 surface frame then TC 11 airborne frame of the same aircraft
        Decoder decoder = new Decoder();
        DecodeResult first = decoder.decode(TestData.hex("8f485a33397c737a27d1b18072cd"), 0);
        DecodeResult second = decoder.decode(TestData.hex("8d485a33581d663872e86a3bbfff"), 1000);
        assertThat(((DecodeResult.Accepted) first).positionStatus()).isEqualTo(PositionStatus.UNRESOLVED);
        assertThat(((DecodeResult.Accepted) second).positionStatus()).isEqualTo(PositionStatus.UNRESOLVED);
    }

    @Test
    void eachFrameGetsItsOwnPositionFromThePairItCompletes() {
        Decoder decoder = new Decoder();
        int icao = 0x3C6586;
        decoder.decode(Frames.airbornePosition(icao, 50.000, 8.000, false, 35000), 0);
        Position p1 = ((DecodeResult.Accepted)
                        decoder.decode(Frames.airbornePosition(icao, 50.001, 8.002, true, 35000), 1000))
                .position();
        Position p2 = ((DecodeResult.Accepted)
                        decoder.decode(Frames.airbornePosition(icao, 50.002, 8.004, false, 35000), 2000))
                .position();
        assertThat(p1.lat()).isCloseTo(50.001, within(0.0001));
        assertThat(p1.lon()).isCloseTo(8.002, within(0.0001));
        assertThat(p2.lat()).isCloseTo(50.002, within(0.0001));
        assertThat(p2.lon()).isCloseTo(8.004, within(0.0001));
    }

    @Test
    void halvesFurtherApartThanTheWindowAreNotPaired() {
        Decoder decoder = new Decoder();
        decoder.decode(Frames.airbornePosition(0x111111, 50.0, 8.0, false, 35000), 0);
        DecodeResult r = decoder.decode(Frames.airbornePosition(0x111111, 50.0, 8.0, true, 35000), 10_001);
        assertThat(((DecodeResult.Accepted) r).positionStatus()).isEqualTo(PositionStatus.UNRESOLVED);
    }
}
