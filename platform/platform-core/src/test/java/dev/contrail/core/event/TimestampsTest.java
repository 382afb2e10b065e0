package dev.contrail.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-12-01T12:34:56Z",
                "2026-12-01T12:34:56.1Z",
                "2026-12-01T12:34:56.123Z",
                "2026-12-01T12:34:56.123456Z",
                "2026-12-01T12:34:56.123456789Z",
                "2024-02-29T23:59:59.999999999Z",
                "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.5Z",
                "0001-01-01T00:00:00Z",
                "2026-12-01T12:34:56.Z",
                "2026-12-01T12:34:56+01:00",
                "2026-12-01T12:34:56.25-05:30"
            })
    void reads_what_the_general_parser_reads(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-29T12:00:00Z",
                "2026-13-01T12:00:00Z",
                "2026-12-01T24:00:00Z",
                "2026-12-01T12:60:00Z",
                "2026-12-01T12:00:60Z",
                "2026-12-01T12:00:00.1234567890Z",
                "2026-12-01 12:00:00Z",
                "2026-12-0aT12:00:00Z",
                "2026-12-01T12:00:00",
                "yesterday"
            })
    void refuses_what_the_general_parser_refuses(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void reads_back_what_instants_write() {
        var random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L))
                    .plusNanos(random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            assertThat(Timestamps.parse(instant.toString())).isEqualTo(instant);
        }
    }
}
