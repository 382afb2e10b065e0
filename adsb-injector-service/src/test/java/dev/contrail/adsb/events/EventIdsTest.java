package dev.contrail.adsb.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.flights.FlightsEvents;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    private static final byte[] FRAME = HexFormat.of().parseHex("8D4840D6202CC371C32CE0576098");
    private static final String TYPE = FlightsEvents.AIRCRAFT_IDENTIFIED;

    @Test
    void sameFrameTimeReceiverAndTypeGiveTheSameId() {
        assertThat(EventIds.of("rx", 1000, FRAME, TYPE)).isEqualTo(EventIds.of("rx", 1000, FRAME.clone(), TYPE));
    }

    @Test
    void anyDifferenceGivesAnotherId() {
        byte[] other = FRAME.clone();
        other[13] ^= 1;
        Set<UUID> ids = Set.of(
                EventIds.of("rx", 1000, FRAME, TYPE),
                EventIds.of("rx2", 1000, FRAME, TYPE),
                EventIds.of("rx", 1001, FRAME, TYPE),
                EventIds.of("rx", 1000, other, TYPE),
                EventIds.of("rx", 1000, FRAME, FlightsEvents.POSITION_REPORTED));
        assertThat(ids).hasSize(5);
    }

    @Test
    void idsAreVersion8UuidsThatBeginWithTheFrameTimeAndSortByIt() {
        long time = 1_764_576_000_123L; // 2025-12-01T08:00:00.123Z
        UUID id = EventIds.of("rx", time, FRAME, TYPE);
        assertThat(id.version()).isEqualTo(8);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(time);
        assertThat(EventIds.of("rx", time + 1, FRAME, TYPE).toString()).isGreaterThan(id.toString());
    }
}
