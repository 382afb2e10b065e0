package dev.contrail.core.event;

import static dev.contrail.core.event.CloudEventAttributes.ACTOR;
import static dev.contrail.core.event.CloudEventAttributes.CAUSATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.CORRELATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.POSITION;
import static dev.contrail.core.event.CloudEventAttributes.STREAM_VERSION;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Recorded events as CloudEvents in structured JSON mode (one JSON object per event), the form of
 * the read-all log endpoint. Besides the core attributes each carries its stream, its versions and
 * its place in the log ({@code logposition}, {@code <transactionId>:<globalPosition>}), so a reader
 * can resume exactly after the last event it has.
 */
public final class StructuredCloudEvents {

    public static final String STREAM_ID = "streamid";
    public static final String LOG_POSITION = "logposition";

    private StructuredCloudEvents() {}

    /**
     * Writes the event as one JSON object. The data is the log's JSON text, copied as it is: no
     * tree is built and serialised again for each event of a replay.
     */
    public static void write(RecordedEvent<String> event, String logPosition, JsonGenerator json) {
        EventEnvelope<String> e = event.envelope();
        json.writeStartObject();
        json.writeStringProperty("specversion", CloudEventAttributes.SPEC_VERSION);
        json.writeStringProperty("id", e.id().toString());
        json.writeStringProperty("source", e.source());
        json.writeStringProperty("type", e.type());
        if (e.subject() != null) {
            json.writeStringProperty("subject", e.subject());
        }
        json.writeStringProperty("time", e.time().toString());
        json.writeStringProperty("datacontenttype", EventEnvelope.DATA_CONTENT_TYPE);
        json.writeName("data");
        json.writeRawValue(e.data());
        json.writeStringProperty(STREAM_ID, event.streamId());
        json.writeStringProperty(STREAM_VERSION, Long.toString(event.streamVersion()));
        json.writeStringProperty(POSITION, Long.toString(event.globalPosition()));
        json.writeStringProperty(LOG_POSITION, logPosition);
        writeIfPresent(json, CORRELATION_ID, e.metadata().correlationId());
        writeIfPresent(json, CAUSATION_ID, e.metadata().causationId());
        writeIfPresent(json, ACTOR, e.metadata().actor());
        json.writeEndObject();
    }

    public static RecordedEvent<String> read(JsonNode node) {
        var metadata = new EventMetadata(text(node, CORRELATION_ID), text(node, CAUSATION_ID), text(node, ACTOR));
        var envelope = new EventEnvelope<>(
                UUID.fromString(node.required("id").asString()),
                node.required("source").asString(),
                node.required("type").asString(),
                text(node, "subject"),
                Instant.parse(node.required("time").asString()),
                node.required("data").toString(),
                metadata);
        return new RecordedEvent<>(
                envelope,
                node.required(STREAM_ID).asString(),
                Long.parseLong(node.required(STREAM_VERSION).asString()),
                Long.parseLong(node.required(POSITION).asString()));
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
