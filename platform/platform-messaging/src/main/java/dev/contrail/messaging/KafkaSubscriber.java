package dev.contrail.messaging;

import dev.contrail.core.event.RecordedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * One subscription's Kafka consumer. Each partition is consumed by one thread in order, so events
 * of one stream are applied in order; each poll is applied in one transaction. A failing event is retried in place with exponential
 * backoff (later events of its partition wait), then dead-lettered with the error in its headers,
 * and the partition moves on.
 */
final class KafkaSubscriber {

    private static final int MAX_POLL_RECORDS = 2_000;

    private final ConcurrentMessageListenerContainer<String, byte[]> container;
    private final KafkaTemplate<String, byte[]> deadLetters;

    KafkaSubscriber(
            Subscription subscription, EventApplier applier, String bootstrapServers, SubscriberSettings settings) {
        new KafkaAdmin(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))
                .createOrModifyTopics(new NewTopic(subscription.deadLetterTopic(), 1, (short) 1));
        var consumers = new DefaultKafkaConsumerFactory<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        subscription.groupId(),
                        // A new group starts at the beginning of what Kafka holds; applied positions make repeats
                        // harmless.
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        // A poll is applied in one transaction: under load, bigger polls mean fewer commits
                        // and batch handlers writing each row once per poll. A quiet topic still returns
                        // each record at once (fetch.min.bytes stays 1).
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        MAX_POLL_RECORDS),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new ByteArraySerializer()));
        var recoverer = new DeadLetterPublishingRecoverer(
                deadLetters, (record, error) -> new TopicPartition(subscription.deadLetterTopic(), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(settings.maxAttempts() - 1);
        backOff.setInitialInterval(settings.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(settings.maxBackoff().toMillis());

        var properties = new ContainerProperties(subscription.topic());
        // Offsets are committed per poll, not per record: a redelivered record is skipped by its applied position.
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setMessageListener(
                (BatchMessageListener<String, byte[]>) records -> applyPoll(subscription, applier, records));
        container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setConcurrency(settings.concurrency());
        container.setCommonErrorHandler(new DefaultErrorHandler(recoverer, backOff));
        container.setBeanName("subscriber-" + subscription.name());
    }

    /**
     * Applies a poll in one transaction. When that fails, the records are applied one by one to
     * find the failing one: those before it stay applied, and the error handler retries from it
     * with backoff, then dead-letters it and goes on.
     */
    private static void applyPoll(
            Subscription subscription, EventApplier applier, List<ConsumerRecord<String, byte[]>> records) {
        List<RecordedEvent<String>> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                events.add(KafkaRecords.toRecordedEvent(records.get(i)));
            } catch (RuntimeException unreadable) {
                applyOneByOne(subscription, applier, events);
                throw new BatchListenerFailedException(
                        "record is not a readable CloudEvent: " + unreadable.getMessage(), unreadable, i);
            }
        }
        try {
            applier.applyAll(subscription, events);
        } catch (RuntimeException batchFailed) {
            applyOneByOne(subscription, applier, events);
        }
    }

    private static void applyOneByOne(
            Subscription subscription, EventApplier applier, List<RecordedEvent<String>> events) {
        for (int i = 0; i < events.size(); i++) {
            try {
                applier.apply(subscription, events.get(i));
            } catch (RuntimeException failed) {
                throw new BatchListenerFailedException(
                        "event at position " + events.get(i).globalPosition() + " failed: " + failed.getMessage(),
                        failed,
                        i);
            }
        }
    }

    void start() {
        container.start();
    }

    void stop() {
        container.stop();
    }

    boolean isRunning() {
        return container.isRunning();
    }

    /** Whether partitions have been assigned (the consumer is really reading). */
    boolean isAssigned() {
        return container.getAssignedPartitions() != null
                && !container.getAssignedPartitions().isEmpty();
    }
}
