package dev.contrail.adsb.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownsamplerTest {

    @Test
    void keepsOneEventOfATypePerAircraftPerInterval() {
        var downsampler = new Downsampler(1_000);
        assertThat(downsampler.admit("ABC123", "position", 10_000)).isTrue();
        assertThat(downsampler.admit("ABC123", "position", 10_999)).isFalse();
        assertThat(downsampler.admit("ABC123", "velocity", 10_500)).isTrue();
        assertThat(downsampler.admit("DEF456", "position", 10_500)).isTrue();
        assertThat(downsampler.admit("ABC123", "position", 11_000)).isTrue();
    }

    @Test
    void aClockGoingBackIsAdmittedAndZeroKeepsEverything() {
        var downsampler = new Downsampler(1_000);
        assertThat(downsampler.admit("ABC123", "position", 10_000)).isTrue();
        assertThat(downsampler.admit("ABC123", "position", 9_000)).isTrue();

        var everything = new Downsampler(0);
        assertThat(everything.admit("ABC123", "position", 10_000)).isTrue();
        assertThat(everything.admit("ABC123", "position", 10_000)).isTrue();
    }
}
