package dev.contrail.adsb.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.flights.FlightsEvents;
import dev.contrail.flights.aircraft.AircraftObservation.SquawkReceived;
import dev.contrail.flights.track.CleanupIntervalElapsed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanupTicksTest {

    private final List<ObservationEvent> sent = new ArrayList<>();
    private final CleanupTicks ticks = new CleanupTicks("rx", Duration.ofSeconds(60), sent::add);

    private void observeAt(long seconds) throws InterruptedException {
        ticks.accept(ObservationEvent.of("rx", seconds * 1000, new byte[] {1}, new SquawkReceived("4840D6", "1200")));
    }

    private List<Long> tickSeconds() {
        return sent.stream()
                .filter(e -> e.type().equals(FlightsEvents.CLEANUP_INTERVAL_ELAPSED))
                .map(e -> e.time().getEpochSecond())
                .toList();
    }

    @Test
    void a_tick_precedes_the_first_event_an_interval_after_the_previous_tick() throws InterruptedException {
        for (long s : new long[] {1_000, 1_030, 1_059, 1_060, 1_061, 1_119, 1_200, 1_500}) {
            observeAt(s);
        }
        assertThat(tickSeconds()).containsExactly(1_060L, 1_200L, 1_500L);
        assertThat(sent).hasSize(8 + 3);
        ObservationEvent first = sent.stream()
                .filter(e -> e.type().equals(FlightsEvents.CLEANUP_INTERVAL_ELAPSED))
                .findFirst()
                .orElseThrow();
        assertThat(first.subject()).isEqualTo("cleanup");
        assertThat(first.data()).isEqualTo(new CleanupIntervalElapsed(60));
        assertThat(sent.get(sent.indexOf(first) + 1).time()).isEqualTo(first.time());
    }

    @Test
    void the_same_feed_time_gives_the_same_tick_id() throws InterruptedException {
        observeAt(0);
        observeAt(61);
        var again = new ArrayList<ObservationEvent>();
        var replay = new CleanupTicks("rx", Duration.ofSeconds(60), again::add);
        replay.accept(sent.get(0));
        replay.accept(sent.get(2));
        assertThat(again.get(1).id()).isEqualTo(sent.get(1).id());
    }
}
