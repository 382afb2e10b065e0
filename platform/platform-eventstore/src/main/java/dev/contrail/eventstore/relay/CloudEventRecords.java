package dev.contrail.eventstore.relay;

import static dev.contrail.core.event.CloudEventAttributes.ACTOR;
import static dev.contrail.core.event.CloudEventAttributes.CAUSATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.CORRELATION_ID;
import static dev.contrail.core.event.CloudEventAttributes.POSITION;
import static dev.contrail.core.event.CloudEventAttributes.STREAM_VERSION;

import dev.contrail.core.event.CloudEventAttributes;
import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventType;
import dev.contrail.core.event.RecordedEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A recorded event as a Kafka record in CloudEvents binary mode: data as the value, attributes as {@code ce_*} headers. */
final class CloudEventRecords {

    private CloudEventRecords() {}

    static String topicOf(RecordedEvent<String> event) {
        return CloudEventAttributes.topicOf(EventType.contextOf(event.type()));
    }

    static ProducerRecord<String, byte[]> toRecord(RecordedEvent<String> event) {
        return KafkaMessageFactory.createWriter(topicOf(event), null, null, event.streamId())
                .writeBinary(toCloudEvent(event));
    }

    static CloudEvent toCloudEvent(RecordedEvent<String> event) {
        EventEnvelope<String> envelope = event.envelope();
        var builder = CloudEventBuilder.v1()
                .withId(envelope.id().toString())
                .withSource(URI.create(envelope.source()))
                .withType(envelope.type())
                .withTime(envelope.time().atOffset(ZoneOffset.UTC))
                .withDataContentType(EventEnvelope.DATA_CONTENT_TYPE)
                .withData(envelope.data().getBytes(StandardCharsets.UTF_8))
                .withExtension(POSITION, Long.toString(event.globalPosition()))
                .withExtension(STREAM_VERSION, Long.toString(event.streamVersion()));
        if (envelope.subject() != null) {
            builder.withSubject(envelope.subject());
        }
        var metadata = envelope.metadata();
        if (metadata.correlationId() != null) {
            builder.withExtension(CORRELATION_ID, metadata.correlationId());
        }
        if (metadata.causationId() != null) {
            builder.withExtension(CAUSATION_ID, metadata.causationId());
        }
        if (metadata.actor() != null) {
            builder.withExtension(ACTOR, metadata.actor());
        }
        return builder.build();
    }
}
