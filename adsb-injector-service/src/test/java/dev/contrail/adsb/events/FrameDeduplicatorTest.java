package dev.contrail.adsb.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FrameDeduplicatorTest {

    private static final byte[] A = HexFormat.of().parseHex("8D4840D6202CC371C32CE0576098");
    private static final byte[] B = HexFormat.of().parseHex("8D485020994409940838175B284F");

    @Test
    void identicalFramesWithinTheWindowPassOnce() {
        var dedupe = new FrameDeduplicator(1000);
        assertThat(dedupe.admit(A, 10_000)).isTrue();
        assertThat(dedupe.admit(A.clone(), 10_400)).isFalse();
        assertThat(dedupe.admit(B, 10_500)).isTrue();
        assertThat(dedupe.admit(A, 10_999)).isFalse();
    }

    @Test
    void theWindowCountsFromTheFirstCopySoSteadyRepeatsPassOncePerWindow() {
        var dedupe = new FrameDeduplicator(1000);
        int passed = 0;
        for (long t = 0; t < 5000; t += 250) {
            passed += dedupe.admit(A, t) ? 1 : 0;
        }
        assertThat(passed).isEqualTo(5);
    }

    @Test
    void oldFramesAreForgottenSoMemoryStaysBounded() {
        var dedupe = new FrameDeduplicator(1000);
        for (int i = 0; i < 10_000; i++) {
            byte[] f = A.clone();
            f[5] = (byte) i;
            f[6] = (byte) (i >>> 8);
            dedupe.admit(f, i * 10L);
        }
        assertThat(dedupe.size()).isLessThanOrEqualTo(101);
    }

    @Test
    void aZeroWindowLetsEverythingThrough() {
        var dedupe = new FrameDeduplicator(0);
        assertThat(dedupe.admit(A, 0)).isTrue();
        assertThat(dedupe.admit(A, 0)).isTrue();
    }

    @Test
    void downsamplingKeepsOneEventPerAircraftAndTypePerInterval() {
        var d = new Downsampler(5000);
        assertThat(d.admit("4840D6", "p", 0)).isTrue();
        assertThat(d.admit("4840D6", "p", 4999)).isFalse();
        assertThat(d.admit("4840D6", "v", 4999)).isTrue();
        assertThat(d.admit("485020", "p", 4999)).isTrue();
        assertThat(d.admit("4840D6", "p", 5000)).isTrue();
    }
}
