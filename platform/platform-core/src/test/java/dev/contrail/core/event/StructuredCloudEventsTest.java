package dev.contrail.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StructuredCloudEventsTest {

    private static String written(String data) {
        var envelope = new EventEnvelope<>(
                UUID.fromString("0190d2c4-5b6e-7a1b-8c2d-3e4f5a6b7c8d"),
                "/contrail/test",
                "contrail.test.thing_happened.v1",
                null,
                Instant.parse("2026-01-01T10:00:00Z"),
                data,
                EventMetadata.none());
        var text = new StringWriter();
        try (var generator = JsonMapper.shared().createGenerator(text)) {
            StructuredCloudEvents.write(new RecordedEvent<>(envelope, "stream-1", 1, 9), "5:9", generator);
        }
        return text.toString();
    }

    @Test
    void data_comes_back_as_the_same_text_whatever_characters_and_nesting_it_holds() {
        String data = "{\"name\":\"Zürich € 😀\",\"nested\":[1,{\"brace\":\"}]\\\"\"}],\"empty\":{}}";
        String ndjson = written(data) + "\n" + written("{\"second\":true}") + "\n";

        var entries = StructuredCloudEvents.readAll(ndjson.getBytes(StandardCharsets.UTF_8));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).event().data()).isEqualTo(data);
        assertThat(entries.get(0).event().envelope().subject()).isNull();
        assertThat(entries.get(1).event().data()).isEqualTo("{\"second\":true}");
        assertThat(entries.get(1).logPosition()).isEqualTo("5:9");
    }

    @Test
    void unknown_extensions_are_skipped_and_missing_attributes_are_named() {
        String withExtension = written("{}").replaceFirst("\\{", "{\"extension\":{\"deep\":[1,2]},");
        assertThat(StructuredCloudEvents.readAll(withExtension.getBytes(StandardCharsets.UTF_8)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.event().streamId()).isEqualTo("stream-1"));

        String withoutStream = written("{}").replace("\"streamid\":\"stream-1\",", "");
        assertThatThrownBy(() -> StructuredCloudEvents.readAll(withoutStream.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("streamid");
        String withoutData = written("{}").replace("\"data\":{},", "");
        assertThatThrownBy(() -> StructuredCloudEvents.readAll(withoutData.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data");
        assertThatThrownBy(() -> StructuredCloudEvents.readAll("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
