package dev.contrail.core.event;

import static dev.contrail.core.event.CloudEventAttributes.ACTOR;
import static dev.contrail.core.event.CloudEventAttributes.CAUSATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.CORRELATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.POSITION;
import static dev.contrail.core.event.CloudEventAttributes.STREAM_VERSION;

import dev.contrail.core.json.EventJson;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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

    public static ObjectNode write(RecordedEvent<String> event, String logPosition) {
        EventEnvelope<String> e = event.envelope();
        ObjectNode node = EventJson.mapper().createObjectNode();
        node.put("specversion", CloudEventAttributes.SPEC_VERSION);
        node.put("id", e.id().toString());
        node.put("source", e.source());
        node.put("type", e.type());
        if (e.subject() != null) {
            node.put("subject", e.subject());
        }
        node.put("time", e.time().toString());
        node.put("datacontenttype", EventEnvelope.DATA_CONTENT_TYPE);
        node.set("data", EventJson.mapper().readTree(e.data()));
        node.put(STREAM_ID, event.streamId());
        node.put(STREAM_VERSION, Long.toString(event.streamVersion()));
        node.put(POSITION, Long.toString(event.globalPosition()));
        node.put(LOG_POSITION, logPosition);
        putIfPresent(node, CORRELATION_ID, e.metadata().correlationId());
        putIfPresent(node, CAUSATION_ID, e.metadata().causationId());
        putIfPresent(node, ACTOR, e.metadata().actor());
        return node;
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

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
