package dev.contrail.messaging;

import static dev.contrail.core.event.CloudEventAttributes.ACTOR;
import static dev.contrail.core.event.CloudEventAttributes.CAUSATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.CORRELATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.POSITION;
import static dev.contrail.core.event.CloudEventAttributes.STREAM_VERSION;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.RecordedEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A Kafka record in CloudEvents binary mode back into a recorded event; the record key is the stream id. */
final class KafkaRecords {

    private KafkaRecords() {}

    static RecordedEvent<String> toRecordedEvent(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        Objects.requireNonNull(event.getTime(), "ce_time");
        Objects.requireNonNull(event.getData(), "data");
        var metadata = new EventMetadata(
                extension(event, CORRELATION_ID), extension(event, CAUSATION_ID), extension(event, ACTOR));
        var envelope = new EventEnvelope<>(
                UUID.fromString(event.getId()),
                event.getSource().toString(),
                event.getType(),
                event.getSubject(),
                event.getTime().toInstant(),
                new String(event.getData().toBytes(), StandardCharsets.UTF_8),
                metadata);
        return new RecordedEvent<>(
                envelope,
                Objects.requireNonNull(record.key(), "record key (stream id)"),
                Long.parseLong(Objects.requireNonNull(extension(event, STREAM_VERSION), "ce_streamversion")),
                Long.parseLong(Objects.requireNonNull(extension(event, POSITION), "ce_position")));
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }
}
