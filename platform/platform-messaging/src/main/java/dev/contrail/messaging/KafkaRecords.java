package dev.contrail.messaging;

import static dev.contrail.core.event.CloudEventAttributes.ACTOR;
import static dev.contrail.core.event.CloudEventAttributes.CAUSATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.CORRELATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.KAFKA_PREFIX;
import static dev.contrail.core.event.CloudEventAttributes.POSITION;
import static dev.contrail.core.event.CloudEventAttributes.SPEC_VERSION;
import static dev.contrail.core.event.CloudEventAttributes.STREAM_VERSION;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.event.Timestamps;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A Kafka record in CloudEvents binary mode back into a recorded event: {@code ce_*} headers are
 * the attributes, the value is the data, the record key is the stream id. Read directly rather
 * than through the SDK's message reader, which took a third of a subscriber's CPU (most of it
 * building an event object and parsing its time); tests feed it records the SDK wrote.
 */
final class KafkaRecords {

    private KafkaRecords() {}

    static RecordedEvent<String> toRecordedEvent(ConsumerRecord<String, byte[]> record) {
        Map<String, String> attributes = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith(KAFKA_PREFIX) && header.value() != null) {
                attributes.put(
                        header.key().substring(KAFKA_PREFIX.length()),
                        new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        if (!SPEC_VERSION.equals(attributes.get("specversion"))) {
            throw new IllegalArgumentException("not a CloudEvent " + SPEC_VERSION
                    + " in binary mode: ce_specversion is " + attributes.get("specversion"));
        }
        var metadata =
                new EventMetadata(attributes.get(CORRELATION_ID), attributes.get(CAUSATION_ID), attributes.get(ACTOR));
        var envelope = new EventEnvelope<>(
                UUID.fromString(required(attributes, "id")),
                required(attributes, "source"),
                required(attributes, "type"),
                attributes.get("subject"),
                Timestamps.parse(required(attributes, "time")),
                new String(Objects.requireNonNull(record.value(), "data"), StandardCharsets.UTF_8),
                metadata);
        return new RecordedEvent<>(
                envelope,
                Objects.requireNonNull(record.key(), "record key (stream id)"),
                Long.parseLong(required(attributes, STREAM_VERSION)),
                Long.parseLong(required(attributes, POSITION)));
    }

    private static String required(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        if (value == null) {
            throw new NullPointerException(KAFKA_PREFIX + name);
        }
        return value;
    }
}
