package dev.contrail.test;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Real Kafka for tests: a Testcontainers broker when Docker is there, otherwise an in-JVM KRaft
 * broker from spring-kafka-test. One per JVM; tests keep apart by using their own topics or
 * consumer groups.
 */
public final class TestKafka {

    private static String bootstrapServers;

    private TestKafka() {}

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = Docker.available() ? container() : embedded();
        }
        return bootstrapServers;
    }

    private static String embedded() {
        var broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "3"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker.getBrokersAsString();
    }

    @SuppressWarnings("resource")
    private static String container() {
        var container = new KafkaContainer("apache/kafka-native:4.1.1");
        container.start();
        return container.getBootstrapServers();
    }
}
