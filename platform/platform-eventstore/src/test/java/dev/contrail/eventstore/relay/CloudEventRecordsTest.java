package dev.contrail.eventstore.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.RecordedEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The relay's records are CloudEvents in Kafka binary mode as the CloudEvents SDK reads them. */
class CloudEventRecordsTest {

    private static final UUID ID = UUID.fromString("019ad2a4-5b8e-7c3f-8a11-2b3c4d5e6f70");
    private static final Instant TIME = Instant.parse("2026-12-01T12:34:56.123456Z");

    @Test
    void every_attribute_reads_back_through_the_sdk() {
        var event = new RecordedEvent<>(
                new EventEnvelope<>(
                        ID,
                        "/contrail/command-service",
                        "contrail.ledger.funds_deposited.v1",
                        "acc-1",
                        TIME,
                        "{\"amount\": \"12.50\", \"note\": \"caf\u00e9\"}",
                        new EventMetadata("corr-1", "cause-1", "alice")),
                "account-acc-1",
                7,
                1234);

        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(event);
        CloudEvent read = KafkaMessageFactory.createReader(consumed(record)).toEvent();

        assertThat(record.topic()).isEqualTo("contrail.ledger");
        assertThat(record.key()).isEqualTo("account-acc-1");
        assertThat(read.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(read.getId()).isEqualTo(ID.toString());
        assertThat(read.getSource()).isEqualTo(URI.create("/contrail/command-service"));
        assertThat(read.getType()).isEqualTo("contrail.ledger.funds_deposited.v1");
        assertThat(read.getSubject()).isEqualTo("acc-1");
        assertThat(read.getTime().toInstant()).isEqualTo(TIME);
        assertThat(read.getDataContentType()).isEqualTo("application/json");
        assertThat(new String(read.getData().toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"amount\": \"12.50\", \"note\": \"caf\u00e9\"}");
        assertThat(read.getExtension("position")).isEqualTo("1234");
        assertThat(read.getExtension("streamversion")).isEqualTo("7");
        assertThat(read.getExtension("correlationid")).isEqualTo("corr-1");
        assertThat(read.getExtension("causationid")).isEqualTo("cause-1");
        assertThat(read.getExtension("actor")).isEqualTo("alice");
    }

    @Test
    void absent_attributes_have_no_header() {
        var event = new RecordedEvent<>(
                new EventEnvelope<>(
                        ID,
                        "/contrail/adsb-injector/sim",
                        "contrail.flights.position_reported.v1",
                        null,
                        TIME,
                        "{}",
                        new EventMetadata(null, null, null)),
                "aircraft-3C6444",
                1,
                1);

        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(event);
        CloudEvent read = KafkaMessageFactory.createReader(consumed(record)).toEvent();

        assertThat(read.getSubject()).isNull();
        assertThat(read.getExtensionNames()).containsExactlyInAnyOrder("position", "streamversion");
        assertThat(record.headers().lastHeader("ce_subject")).isNull();
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent) {
        var headers = new RecordHeaders();
        sent.headers().forEach(headers::add);
        return new ConsumerRecord<>(
                sent.topic(),
                0,
                0L,
                0L,
                TimestampType.CREATE_TIME,
                -1,
                -1,
                sent.key(),
                sent.value(),
                headers,
                java.util.Optional.empty());
    }
}
