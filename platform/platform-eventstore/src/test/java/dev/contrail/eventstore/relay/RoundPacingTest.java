package dev.contrail.eventstore.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundPacingTest {

    private static final long MS = 1_000_000;
    private final RoundPacing pacing = new RoundPacing(Duration.ofMillis(1), Duration.ofMillis(25), 200);

    @Test
    void up_to_the_busy_rate_rounds_are_the_shortest_interval_apart() {
        assertThat(pacing.intervalNanos(0)).isEqualTo(MS);
        assertThat(pacing.intervalNanos(200)).isEqualTo(MS);
    }

    @Test
    void above_it_the_interval_grows_with_the_rate_up_to_the_longest() {
        assertThat(pacing.intervalNanos(1_000)).isEqualTo(5 * MS);
        assertThat(pacing.intervalNanos(4_000)).isEqualTo(20 * MS);
        assertThat(pacing.intervalNanos(20_000)).isEqualTo(25 * MS);
    }

    @Test
    void fixed_pacing_never_stretches() {
        assertThat(RoundPacing.fixed(Duration.ofMillis(5)).intervalNanos(100_000))
                .isEqualTo(5 * MS);
        assertThat(RoundPacing.fixed(Duration.ZERO).intervalNanos(100_000)).isZero();
    }

    @Test
    void a_round_that_caught_a_burst_moves_the_rate_only_part_of_the_way() {
        // 1,000 events/s, then 20 events in 5 ms (4,000/s): a fifth of the way, not all of it
        double rate = RoundPacing.rate(1_000, 20, 5 * MS);
        assertThat(rate).isCloseTo(1_000 + 3_000 * (1 - Math.exp(-0.25)), within(0.001));
        assertThat(pacing.intervalNanos(rate)).isLessThan(10 * MS);
    }

    @Test
    void a_steady_rate_stays_where_it_is() {
        assertThat(RoundPacing.rate(1_000, 5, 5 * MS)).isCloseTo(1_000, within(0.001));
    }

    @Test
    void after_a_quiet_spell_the_old_rate_is_forgotten() {
        assertThat(RoundPacing.rate(4_000, 1, 1_000 * MS)).isCloseTo(1, within(0.001));
        assertThat(RoundPacing.rate(4_000, 3, 0)).isEqualTo(4_000);
    }

    @Test
    void a_longest_below_the_shortest_or_a_rate_of_zero_is_refused() {
        assertThatThrownBy(() -> new RoundPacing(Duration.ofMillis(5), Duration.ofMillis(1), 200))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoundPacing(Duration.ofMillis(5), Duration.ofMillis(25), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
