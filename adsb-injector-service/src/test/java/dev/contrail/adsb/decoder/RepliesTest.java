package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Address/parity formats, DF11 and DF18 address types. */
class RepliesTest {

    private static final int ICAO = 0x400940;

    @Test
    void df4AltitudeReplyDecodesFlightStatusAndAltitude() {
        SurveillanceReply r = (SurveillanceReply) MessageDecoder.decode(TestData.hex("20001718029FCD"));
        assertThat(r.df()).isEqualTo(4);
        assertThat(r.altitudeFt()).isEqualTo(36000);
        assertThat(r.onGround()).isFalse();
        SurveillanceReply um = (SurveillanceReply) MessageDecoder.decode(TestData.hex("200CBE4ED80137"));
        assertThat(um.downlinkRequest()).isEqualTo(1);
        assertThat(um.utilityMessage()).isEqualTo(37);
    }

    @Test
    void gillhamAltitudeIsDecodedIn100FootSteps() {
        SurveillanceReply r = (SurveillanceReply) MessageDecoder.decode(TestData.hex("A02014B400000000000000F9D514"));
        assertThat(r.altitudeFt()).isEqualTo(32300);
        assertThat(AltitudeCode.decode13(0)).isEqualTo(Absent.INT);
    }

    @Test
    void metricAltitudeIsFlaggedAndConvertedToFeet() {
        int ac13 = (100 >> 6) << 7 | 0x40 | (100 & 0x3F); // M bit set, 100 m
        assertThat(AltitudeCode.isMetric(ac13)).isTrue();
        assertThat(AltitudeCode.decode13(ac13)).isEqualTo(328);
    }

    @Test
    void df5IdentityReplyDecodesSquawkWithLeadingZero() {
        IdentityReply r = (IdentityReply) MessageDecoder.decode(TestData.hex("2A00516D492B80"));
        assertThat(Squawk.format(r.squawk())).isEqualTo("0356");
        assertThat(r.flightStatus()).isEqualTo(2);
    }

    @Test
    void df21CarriesSquawkAndCommB() {
        IdentityReply r = (IdentityReply) MessageDecoder.decode(TestData.hex("A800292DFFBBA9383FFCEB903D01"));
        assertThat(r.df()).isEqualTo(21);
        assertThat(Squawk.format(r.squawk())).isEqualTo("1346");
        assertThat(r.mb()).isNotZero();
    }

    @Test
    void addressParityRepliesNeedTheAddressSeenInTheLast60SecondsOfFrameTime() {
        Decoder decoder = new Decoder();
        byte[] df4 = TestData.hex("20001030219677"); // AP-derived address 400940, 25,000 ft
        assertThat(decoder.decode(df4, 0)).isEqualTo(DecodeResult.Rejected.of(RejectReason.UNKNOWN_ADDRESS));
        assertThat(decoder.decode(Frames.allCall(ICAO), 1_000)).isInstanceOf(DecodeResult.Accepted.class);
        DecodeResult accepted = decoder.decode(df4, 61_000);
        assertThat(((DecodeResult.Accepted) accepted).message().address()).isEqualTo(ICAO);
        assertThat(decoder.decode(df4, 61_001)).isEqualTo(DecodeResult.Rejected.of(RejectReason.UNKNOWN_ADDRESS));
        assertThat(decoder.counters().rejected(RejectReason.UNKNOWN_ADDRESS)).isEqualTo(2);
    }

    @Test
    void allAddressParityFormatsAreAcceptedForAKnownAddress() {
        Decoder decoder = new Decoder();
        decoder.decode(Frames.velocity(ICAO, 100, 100, 0), 0);
        assertThat(decoder.decode(TestData.hex("20001030219677"), 10)).isInstanceOf(DecodeResult.Accepted.class);
        assertThat(decoder.decode(TestData.hex("28000808106DE2"), 20)).isInstanceOf(DecodeResult.Accepted.class);
        byte[] df0 = Frames.shortReply(0, ICAO, 0x1030 & 0x1FFF);
        byte[] df16 = new byte[14];
        df16[0] = (byte) (16 << 3);
        df16[2] = 0x10;
        df16[3] = 0x30;
        Frames.withParity(df16, ICAO);
        byte[] df21 = TestData.hex("A80000000000000000000000000" + "0");
        df21[2] = 0x08;
        df21[3] = 0x08;
        Frames.withParity(df21, ICAO);
        byte[] df20 = df16.clone();
        df20[0] = (byte) (20 << 3);
        Frames.withParity(df20, ICAO);
        for (byte[] f : new byte[][] {df0, df16, df20, df21}) {
            DecodeResult r = decoder.decode(f, 40);
            assertThat(r).isInstanceOf(DecodeResult.Accepted.class);
            assertThat(((DecodeResult.Accepted) r).message().address()).isEqualTo(ICAO);
        }
        assertThat(decoder.counters().accepted(0)).isEqualTo(1);
        assertThat(decoder.counters().accepted(16)).isEqualTo(1);
    }

    @Test
    void df18NonIcaoAndTisbAddressesAreFlaggedAndNeverValidateReplies() {
        Decoder decoder = new Decoder();
        long me = (19L << 51) | (1L << 48) | (101L << 32) | (101L << 21);
        for (int cf : new int[] {1, 2, 5, 6}) {
            DecodeResult r = decoder.decode(Frames.extendedSquitter(18, cf, ICAO, me), cf);
            ExtendedSquitter es = (ExtendedSquitter) ((DecodeResult.Accepted) r).message();
            assertThat(es.addressType().isIcao()).as("CF %d", cf).isFalse();
        }
        assertThat(decoder.decode(TestData.hex("20001030219677"), 100))
                .isEqualTo(DecodeResult.Rejected.of(RejectReason.UNKNOWN_ADDRESS));
        DecodeResult icao = decoder.decode(Frames.extendedSquitter(18, 0, ICAO, me), 200);
        assertThat(((ExtendedSquitter) ((DecodeResult.Accepted) icao).message()).addressType())
                .isEqualTo(AddressType.ADSB_ICAO_NT);
        assertThat(decoder.decode(TestData.hex("20001030219677"), 300)).isInstanceOf(DecodeResult.Accepted.class);
    }

    @Test
    void nonIcaoTargetsAreTrackedApartFromTheIcaoAircraftWithTheSameAddress() {
        Decoder decoder = new Decoder();
        long me = (19L << 51) | (1L << 48) | (101L << 32) | (101L << 21);
        decoder.decode(Frames.extendedSquitter(17, 5, ICAO, me), 0);
        decoder.decode(Frames.extendedSquitter(18, 2, ICAO, me), 0);
        assertThat(decoder.trackedAircraft()).isEqualTo(2);
    }

    @Test
    void stateOfSilentAircraftAndStaleAddressesIsDroppedInFrameTime() {
        Decoder decoder = new Decoder();
        decoder.decode(Frames.velocity(ICAO, 100, 100, 0), 0);
        decoder.decode(Frames.velocity(0x123456, 100, 100, 0), 0);
        assertThat(decoder.knownAddresses()).isEqualTo(2);
        assertThat(decoder.trackedAircraft()).isEqualTo(2);
        decoder.decode(Frames.velocity(0x123456, 100, 100, 0), 590_000);
        decoder.decode(Frames.velocity(0x123456, 100, 100, 0), 660_000);
        assertThat(decoder.knownAddresses()).isEqualTo(1);
        assertThat(decoder.trackedAircraft()).isEqualTo(1);
    }
}
