package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlausibilityTest {

    private static final int ICAO = 0x4CA123;

    private final Decoder decoder = new Decoder();

    /** An aircraft flying north at ~450 kt: 0.125 NM (0.00208 deg) per second. */
    private DecodeResult at(double seconds, boolean odd, double lat, double lon) {
        return decoder.decode(Frames.airbornePosition(ICAO, lat, lon, odd, 35000), Math.round(seconds * 1000));
    }

    private static PositionStatus status(DecodeResult r) {
        return ((DecodeResult.Accepted) r).positionStatus();
    }

    @Test
    void aNewAircraftsFirstFixIsHeldUntilAnIndependentSecondFixAgrees() {
        assertThat(status(at(0.0, false, 53.0, 8.0))).isEqualTo(PositionStatus.UNRESOLVED);
        DecodeResult first = at(0.5, true, 53.001, 8.0);
        assertThat(status(first)).isEqualTo(PositionStatus.HELD);
        assertThat(((DecodeResult.Accepted) first).validPosition()).isNull();
        // shares the odd frame with the held fix: not independent
        assertThat(status(at(1.0, false, 53.002, 8.0))).isEqualTo(PositionStatus.HELD);
        DecodeResult confirmed = at(1.5, true, 53.003, 8.0);
        assertThat(status(confirmed)).isEqualTo(PositionStatus.VALID);
        assertThat(((DecodeResult.Accepted) confirmed).validPosition().lat()).isCloseTo(53.003, within(0.0001));
    }

    @Test
    void aHeldFixThatTheNextFixContradictsIsReplacedNotPublished() {
        at(0.0, false, 53.0, 8.0);
        at(0.5, true, 53.0, 8.0);
        // an independent pair 3 degrees away: the held fix is replaced, nothing published yet
        at(1.0, false, 56.0, 8.0);
        assertThat(status(at(1.5, true, 56.0, 8.0))).isEqualTo(PositionStatus.HELD);
        at(2.0, false, 56.001, 8.0);
        assertThat(status(at(2.5, true, 56.001, 8.0))).isEqualTo(PositionStatus.VALID);
    }

    @Test
    void aPositionImplyingAnImpossibleSpeedIsRejectedAndCounted() {
        confirmTrackAt(53.0);
        DecodeResult jump = at(4.0, false, 53.5, 8.0); // 30 NM in 1 s
        assertThat(jump).isInstanceOf(DecodeResult.Rejected.class);
        assertThat(((DecodeResult.Rejected) jump).reason()).isEqualTo(RejectReason.IMPLAUSIBLE_POSITION);
        assertThat(((DecodeResult.Rejected) jump).message()).isInstanceOf(ExtendedSquitter.class);
        assertThat(decoder.counters().rejected(RejectReason.IMPLAUSIBLE_POSITION))
                .isEqualTo(1);
        // the track goes on from where it really is
        assertThat(status(at(5.0, false, 53.01, 8.0))).isEqualTo(PositionStatus.VALID);
    }

    @Test
    void afterRepeatedRejectionsTheTrackRestartsFromTheNewPosition() {
        confirmTrackAt(53.0);
        // 11 s later, 120 NM away: decoded locally against the track, rejected twice
        assertThat(at(14.0, false, 55.0, 8.0)).isInstanceOf(DecodeResult.Rejected.class);
        assertThat(at(14.5, true, 55.0, 8.0)).isInstanceOf(DecodeResult.Rejected.class);
        // the third rejection in a row restarts the track: held, then confirmed by an independent fix
        assertThat(status(at(15.0, false, 55.0, 8.0))).isEqualTo(PositionStatus.HELD);
        assertThat(status(at(15.5, true, 55.0, 8.0))).isEqualTo(PositionStatus.HELD);
        assertThat(status(at(16.0, false, 55.0, 8.0))).isEqualTo(PositionStatus.VALID);
    }

    private void confirmTrackAt(double lat) {
        at(0.0, false, lat, 8.0);
        at(1.0, true, lat, 8.0);
        at(2.0, false, lat, 8.0);
        assertThat(status(at(3.0, true, lat + 0.001, 8.0))).isEqualTo(PositionStatus.VALID);
    }

    @Test
    void withAReceiverLocationASingleFrameGivesAHeldFixAndAnotherFrameConfirmsIt() {
        Decoder local = new Decoder(DecoderConfig.defaults().withReceiver(new Position(52.0, 5.0)));
        DecodeResult first = local.decode(Frames.airbornePosition(ICAO, 52.5, 5.5, false, 20000), 0);
        assertThat(status(first)).isEqualTo(PositionStatus.HELD);
        assertThat(((DecodeResult.Accepted) first).position().lat()).isCloseTo(52.5, within(0.0001));
        // the odd frame pairs with the even one: a fix from (even, odd) shares the even frame
        local.decode(Frames.airbornePosition(ICAO, 52.5, 5.5, true, 20000), 12_000);
        DecodeResult third = local.decode(Frames.airbornePosition(ICAO, 52.5, 5.5, false, 20000), 24_000);
        assertThat(status(third)).isEqualTo(PositionStatus.VALID);
    }

    @Test
    void receiverRelativeDecodesBeyondTheConfiguredRangeAreInvalid() {
        DecoderConfig config = DecoderConfig.defaults().withReceiver(new Position(52.0, 5.0));
        config = new DecoderConfig(
                config.fixOneBit(),
                config.fixTwoBits(),
                config.addressTtlMillis(),
                config.receiver(),
                50,
                config.cprPairWindowMillis(),
                config.maxAirborneSpeedKt(),
                config.maxSurfaceSpeedKt(),
                config.rejectStreakReset(),
                config.aircraftTtlMillis());
        DecodeResult r = new Decoder(config).decode(Frames.airbornePosition(ICAO, 54.0, 5.0, false, 20000), 0);
        assertThat(status(r)).isEqualTo(PositionStatus.INVALID);
    }

    @Test
    void anAltitudeGhostFromAnAddressParityCollisionIsRejected() {
        // V218: DF17 at FL340 from 484163; V217: DF20 "ghost" whose AP also yields 484163, at 2,350 ft
        assertThat(decoder.decode(TestData.hex("8D48416358AFB049A5733842BB0E"), 0))
                .isInstanceOf(DecodeResult.Accepted.class);
        DecodeResult ghost = decoder.decode(TestData.hex("A3A142168C14F64881711E2DB71A"), 1000);
        assertThat(((DecodeResult.Rejected) ghost).reason()).isEqualTo(RejectReason.IMPLAUSIBLE_ALTITUDE);
        assertThat(decoder.counters().snapshot()).containsEntry("rejected.implausible_altitude", 1L);
    }

    @Test
    void aVelocityPhantomIsRejectedButASteadyChangeIsNot() {
        assertThat(decoder.decode(Frames.velocity(ICAO, 0, 450, 0), 0)).isInstanceOf(DecodeResult.Accepted.class);
        assertThat(decoder.decode(Frames.velocity(ICAO, 300, 450, 0), 1000)).isInstanceOf(DecodeResult.Rejected.class);
        assertThat(decoder.decode(Frames.velocity(ICAO, 30, 455, 0), 5000)).isInstanceOf(DecodeResult.Accepted.class);
    }
}
