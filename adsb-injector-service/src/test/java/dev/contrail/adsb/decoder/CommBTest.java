package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.contrail.adsb.decoder.commb.AircraftIdentification;
import dev.contrail.adsb.decoder.commb.Bds;
import dev.contrail.adsb.decoder.commb.CommB;
import dev.contrail.adsb.decoder.commb.HeadingAndSpeed;
import dev.contrail.adsb.decoder.commb.SelectedVerticalIntention;
import dev.contrail.adsb.decoder.commb.TrackAndTurn;
import org.junit.jupiter.api.Test;

class CommBTest {

    private static long mb(String hex) {
        ModeSMessage m = MessageDecoder.decode(TestData.hex(hex));
        return m instanceof SurveillanceReply r ? r.mb() : ((IdentityReply) m).mb();
    }

    @Test
    void registersWithFixedHeadersAreInferredUniquely() {
        assertThat(CommB.infer(mb("A800178D10010080F50000D5893C"))).isEqualTo(Bds.BDS10);
        assertThat(CommB.infer(mb("A0000638FA81C10000000081A92F"))).isEqualTo(Bds.BDS17);
        assertThat(CommB.infer(mb("A000083E202CC371C31DE0AA1CCF"))).isEqualTo(Bds.BDS20);
        assertThat(AircraftIdentification.decode(mb("A000083E202CC371C31DE0AA1CCF"))
                        .callsign())
                .isEqualTo("KLM1017");
    }

    @Test
    void selectedVerticalIntentionIsInferredAndDecoded() {
        long mb = mb("A000029C85E42F313000007047D3");
        assertThat(CommB.infer(mb)).isEqualTo(Bds.BDS40);
        SelectedVerticalIntention v = SelectedVerticalIntention.decode(mb);
        assertThat(v.mcpAltitudeFt()).isEqualTo(3008);
        assertThat(v.fmsAltitudeFt()).isEqualTo(3008);
        assertThat(v.baroSettingMb()).isCloseTo(1020.0, within(0.01));
    }

    @Test
    void trackAndTurnIsInferredAndDecoded() {
        long mb = mb("A000139381951536E024D4CCF6B5");
        assertThat(CommB.infer(mb)).isEqualTo(Bds.BDS50);
        TrackAndTurn t = TrackAndTurn.decode(mb);
        assertThat(t.rollDeg()).isCloseTo(2.1, within(0.01));
        assertThat(t.trueTrackDeg()).isCloseTo(114.258, within(0.001));
        assertThat(t.groundSpeedKt()).isEqualTo(438.0);
        assertThat(t.trueAirspeedKt()).isEqualTo(424.0);
    }

    @Test
    void headingAndSpeedIsInferredAndDecoded() {
        long mb = mb("A00004128F39F91A7E27C46ADC21");
        assertThat(CommB.infer(mb)).isEqualTo(Bds.BDS60);
        HeadingAndSpeed h = HeadingAndSpeed.decode(mb);
        assertThat(h.magneticHeadingDeg()).isCloseTo(42.715, within(0.001));
        assertThat(h.indicatedAirspeedKt()).isEqualTo(252);
        assertThat(h.mach()).isCloseTo(0.42, within(0.001));
        assertThat(h.baroVerticalRateFpm()).isEqualTo(-1920);
    }

    @Test
    void ambiguousTrackOrHeadingRegistersAreResolvedWithKnownSpeedTrackAndAltitude() {
        long mb = mb("A8001EBCFFFB23286004A73F6A5B");
        assertThat(CommB.resolve50or60(mb, 320, 250, 14000)).isEqualTo(Bds.BDS50);
    }

    @Test
    void anEmptyCommBFieldHasNoRegister() {
        assertThat(CommB.candidates(0)).isZero();
        assertThat(CommB.infer(0)).isNull();
    }
}
