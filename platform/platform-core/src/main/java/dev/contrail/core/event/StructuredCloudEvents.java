package dev.contrail.core.event;

import static dev.contrail.core.event.CloudEventAttributes.ACTOR;
import static dev.contrail.core.event.CloudEventAttributes.CAUSATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.CORRELATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.POSITION;
import static dev.contrail.core.event.CloudEventAttributes.STREAM_VERSION;

import dev.contrail.core.json.EventJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

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

    /** An event read back, with its place in the log. */
    public record Entry(RecordedEvent<String> event, String logPosition) {}

    /**
     * Reads events written by {@link #write}, one JSON object after another (NDJSON). Each event's
     * data is cut from the bytes as it is: no tree is built and serialised again (a replay spent a
     * sixth of its time there).
     */
    public static List<Entry> readAll(byte[] json) {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser parser = EventJson.mapper().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("not a structured CloudEvent at byte "
                            + parser.currentTokenLocation().getByteOffset());
                }
                entries.add(readEvent(parser, json));
            }
        }
        return entries;
    }

    private static Entry readEvent(JsonParser parser, byte[] json) {
        Map<String, String> attributes = new HashMap<>();
        String data = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (name.equals("data")) {
                data = rawValue(parser, json);
            } else if (value.isScalarValue()) {
                attributes.put(name, value == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
            } else {
                parser.skipChildren(); // an extension this reader does not know
            }
        }
        var metadata =
                new EventMetadata(attributes.get(CORRELATION_ID), attributes.get(CAUSATION_ID), attributes.get(ACTOR));
        var envelope = new EventEnvelope<>(
                UUID.fromString(required(attributes, "id")),
                required(attributes, "source"),
                required(attributes, "type"),
                attributes.get("subject"),
                Timestamps.parse(required(attributes, "time")),
                required(data, "data"),
                metadata);
        var event = new RecordedEvent<>(
                envelope,
                required(attributes, STREAM_ID),
                Long.parseLong(required(attributes, STREAM_VERSION)),
                Long.parseLong(required(attributes, POSITION)));
        return new Entry(event, required(attributes, LOG_POSITION));
    }

    /** The JSON text of the value the parser is on, as it stands in the input. */
    private static String rawValue(JsonParser parser, byte[] json) {
        if (!parser.currentToken().isStructStart()) {
            return EventJson.mapper().writeValueAsString(parser.readValueAsTree());
        }
        int from = (int) parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        int to = (int) parser.currentLocation().getByteOffset();
        return new String(json, from, to - from, StandardCharsets.UTF_8);
    }

    private static String required(Map<String, String> attributes, String name) {
        return required(attributes.get(name), name);
    }

    private static String required(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("a structured CloudEvent without " + name);
        }
        return value;
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }
}
