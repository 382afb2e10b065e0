package dev.contrail.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void a_v7_uuid_carries_its_milliseconds_version_and_variant() {
        UUID id = UuidV7.of(1_767_225_600_123L, new Random(7));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UuidV7.unixMillis(id)).isEqualTo(1_767_225_600_123L);
    }

    @Test
    void later_milliseconds_sort_later() {
        var random = new Random(1);
        UUID earlier = UuidV7.of(1_000, random);
        UUID later = UuidV7.of(1_001, random);
        assertThat(earlier.toString()).isLessThan(later.toString());
    }
}
