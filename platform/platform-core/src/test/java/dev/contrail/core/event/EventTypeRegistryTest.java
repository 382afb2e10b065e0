package dev.contrail.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contrail.core.testing.SchemaLock;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventTypeRegistryTest {

    private static final String TYPE = "contrail.kernel.sample_recorded.v1";
    private final EventTypeRegistry registry = new EventTypeRegistry(List.of(EventType.of(TYPE, SampleRecorded.class)));

    @Test
    void event_data_is_encoded_in_snake_case_with_decimals_as_strings_and_decoded_back() {
        var sample = new SampleRecorded("a", new BigDecimal("0.10"), Instant.parse("2026-01-01T10:00:00Z"));
        String json = registry.encode(TYPE, sample);
        assertThat(json).isEqualTo("{\"name\":\"a\",\"amount\":\"0.10\",\"at\":\"2026-01-01T10:00:00Z\"}");
        assertThat(registry.decode(TYPE, json)).isEqualTo(sample);
        assertThat(registry.typeOf(sample).name()).isEqualTo(TYPE);
    }

    @Test
    void unknown_types_and_data_off_the_schema_are_refused() {
        assertThat(registry.validate(
                        "contrail.kernel.other.v1", JsonMapper.shared().createObjectNode()))
                .containsExactly("unknown event type contrail.kernel.other.v1");
        assertThatThrownBy(() -> registry.encode(TYPE, JsonMapper.shared().readTree("{\"name\": \"a\"}")))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> registry.typeOf("not an event")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checked_json_is_encoded_for_its_own_type_and_checked_again_for_any_other() {
        var other = "contrail.kernel.other_recorded.v1";
        var registry = new EventTypeRegistry(
                List.of(EventType.of(TYPE, SampleRecorded.class), EventType.of(other, OtherRecorded.class)));
        var json = JsonMapper.shared().readTree("{\"name\":\"a\",\"amount\":\"0.10\",\"at\":\"2026-01-01T10:00:00Z\"}");
        List<String> problems = new ArrayList<>();

        var checked = registry.check(TYPE, json, problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(registry.encode(TYPE, checked)).isEqualTo(json.toString());
        assertThat(registry.decode(TYPE, checked.tree()))
                .isEqualTo(new SampleRecorded("a", new BigDecimal("0.10"), Instant.parse("2026-01-01T10:00:00Z")));
        assertThatThrownBy(() -> registry.encode(other, checked)).isInstanceOf(InvalidEventException.class);
        assertThat(registry.check(TYPE, JsonMapper.shared().readTree("{\"name\": \"a\"}"), problems))
                .isEmpty();
        assertThat(problems).isNotEmpty();
    }

    record OtherRecorded(int count) {}

    @Test
    void type_names_are_versioned_and_name_their_context() {
        assertThat(EventType.of(TYPE, SampleRecorded.class).context()).isEqualTo("kernel");
        assertThatThrownBy(() -> EventType.of("SampleRecorded", SampleRecorded.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.of("contrail.kernel.sample_recorded", SampleRecorded.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_schema_lock_fails_when_a_published_schema_changes_and_ignores_formatting() {
        List<String> lock = SchemaLock.lines(registry);
        assertThat(SchemaLock.violations(registry, lock)).isEmpty();
        String changed = TYPE + " " + "0".repeat(64);
        assertThat(SchemaLock.violations(registry, List.of(changed)))
                .singleElement()
                .asString()
                .contains("changed");
        assertThat(SchemaLock.violations(registry, List.of()))
                .singleElement()
                .asString()
                .startsWith("new type");
        assertThat(SchemaLock.violations(registry, List.of(lock.getFirst(), "contrail.kernel.gone.v1 abc")))
                .singleElement()
                .asString()
                .contains("gone");
    }

    @Test
    void a_recorded_event_survives_structured_cloud_event_json() {
        var envelope = new EventEnvelope<>(
                UUID.randomUUID(),
                "/contrail/test",
                TYPE,
                "subject-1",
                Instant.parse("2026-01-01T10:00:00.123456789Z"),
                "{\"name\":\"a\"}",
                new EventMetadata("corr", "cause", "alice"));
        var recorded = new RecordedEvent<>(envelope, "stream-1", 3, 42);
        var text = new StringWriter();
        try (var generator = JsonMapper.shared().createGenerator(text)) {
            StructuredCloudEvents.write(recorded, "7:42", generator);
        }
        var json = JsonMapper.shared().readTree(text.toString());
        assertThat(json.get("logposition").asString()).isEqualTo("7:42");
        assertThat(json.get("time").asString()).isEqualTo("2026-01-01T10:00:00.123456Z");
        assertThat(json.get("data").get("name").asString()).isEqualTo("a");
        var entries = StructuredCloudEvents.readAll((text + "\n" + text).getBytes(StandardCharsets.UTF_8));
        assertThat(entries).hasSize(2);
        assertThat(entries.getFirst().logPosition()).isEqualTo("7:42");
        var back = entries.getLast().event();
        assertThat(back.envelope().withData(JsonMapper.shared().readTree(back.data())))
                .isEqualTo(envelope.withData(JsonMapper.shared().readTree(envelope.data())));
        assertThat(back.streamId()).isEqualTo("stream-1");
        assertThat(back.streamVersion()).isEqualTo(3);
        assertThat(back.globalPosition()).isEqualTo(42);
    }
}
