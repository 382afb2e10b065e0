package dev.contrail.adsb.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.adsb.source.SourceFrame;
import dev.contrail.adsb.source.TimestampKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FrameTimesTest {

    private static SourceFrame ticks(long t) {
        return new SourceFrame(new byte[7], t, TimestampKind.TICKS_12MHZ, -1);
    }

    private static SourceFrame untimed() {
        return new SourceFrame(new byte[7], 0, TimestampKind.NONE, -1);
    }

    @Test
    void fileTicksAreOffsetsFromTheAnchorAndARestartedCounterNeverRunsTimeBackwards() {
        var times = FrameTimes.forFile(1_000_000, 400);
        assertThat(times.millis(ticks(120_000_000))).isEqualTo(1_000_000);
        assertThat(times.millis(ticks(120_000_000 + 24_000))).isEqualTo(1_000_002);
        assertThat(times.millis(ticks(5))).isEqualTo(1_000_002);
        assertThat(times.millis(ticks(5 + 12_000))).isEqualTo(1_000_003);
    }

    @Test
    void untimedFileFramesAreSpacedFromTheAnchorAndUnixTimesAreKept() {
        var times = FrameTimes.forFile(1_000_000, 400);
        assertThat(times.millis(untimed())).isEqualTo(1_000_000);
        assertThat(times.millis(untimed())).isEqualTo(1_000_400);
        assertThat(times.millis(new SourceFrame(new byte[7], 42, TimestampKind.UNIX_MILLIS, -1)))
                .isEqualTo(42);
    }

    @Test
    void liveTicksAreAnchoredToTheInjectedClockAndUntimedLiveFramesTakeIt() {
        var clock = Clock.fixed(Instant.ofEpochMilli(5_000_000), ZoneOffset.UTC);
        var times = FrameTimes.live(clock);
        assertThat(times.millis(ticks(999))).isEqualTo(5_000_000);
        assertThat(times.millis(ticks(999 + 12_000 * 250))).isEqualTo(5_000_250);
        assertThat(times.millis(untimed())).isEqualTo(5_000_000);
    }
}
