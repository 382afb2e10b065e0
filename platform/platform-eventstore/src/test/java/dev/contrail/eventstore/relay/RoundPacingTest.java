package dev.contrail.eventstore.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundPacingTest {

    private static final long MS = 1_000_000;
    private final RoundPacing pacing = new RoundPacing(Duration.ofMillis(5), Duration.ofMillis(25), 2_000);

    @Test
    void up_to_the_busy_rate_rounds_are_the_shortest_interval_apart() {
        assertThat(pacing.intervalNanos(0, 5 * MS)).isEqualTo(5 * MS);
        assertThat(pacing.intervalNanos(5, 5 * MS)).isEqualTo(5 * MS); // 1,000 events/s
        assertThat(pacing.intervalNanos(10, 5 * MS)).isEqualTo(5 * MS); // 2,000 events/s
    }

    @Test
    void above_it_the_interval_grows_with_the_rate() {
        assertThat(pacing.intervalNanos(20, 5 * MS)).isEqualTo(10 * MS); // 4,000 events/s
        assertThat(pacing.intervalNanos(60, 10 * MS)).isEqualTo(15 * MS); // 6,000 events/s
    }

    @Test
    void it_grows_no_further_than_the_longest() {
        assertThat(pacing.intervalNanos(500, 25 * MS)).isEqualTo(25 * MS); // 20,000 events/s
    }

    @Test
    void the_first_round_and_rounds_after_a_quiet_spell_come_at_the_shortest_interval() {
        assertThat(pacing.intervalNanos(3, 0)).isEqualTo(5 * MS);
        assertThat(pacing.intervalNanos(1, 60_000 * MS)).isEqualTo(5 * MS);
    }

    @Test
    void fixed_pacing_never_stretches() {
        var fixed = RoundPacing.fixed(Duration.ofMillis(5));
        assertThat(fixed.intervalNanos(500, MS)).isEqualTo(5 * MS);
        assertThat(RoundPacing.fixed(Duration.ZERO).intervalNanos(500, MS)).isZero();
    }

    @Test
    void a_longest_below_the_shortest_or_a_rate_of_zero_is_refused() {
        assertThatThrownBy(() -> new RoundPacing(Duration.ofMillis(5), Duration.ofMillis(1), 2_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoundPacing(Duration.ofMillis(5), Duration.ofMillis(25), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
