package dev.contrail.command.config;

import dev.contrail.command.flights.FlightTracks;
import dev.contrail.core.event.CloudEventAttributes;
import dev.contrail.core.event.EventType;
import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.eventstore.PostgresEventStore;
import dev.contrail.eventstore.aggregate.CommandRunner;
import dev.contrail.eventstore.aggregate.StateCache;
import dev.contrail.eventstore.relay.EventRelay;
import dev.contrail.eventstore.relay.KafkaTopics;
import dev.contrail.eventstore.relay.RelaySettings;
import dev.contrail.eventstore.relay.RoundPacing;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.flights.track.FlightTrack;
import dev.contrail.ledger.LedgerEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event log, the command runner and the relay, wired once. */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventTypeRegistry eventTypeRegistry() {
        return new EventTypeRegistry(Stream.concat(LedgerEvents.TYPES.stream(), FlightsEvents.TYPES.stream())
                .toList());
    }

    @Bean
    PostgresEventStore eventStore(DataSource dataSource, EventTypeRegistry registry) {
        return new PostgresEventStore(dataSource, registry);
    }

    @Bean
    CommandRunner commandRunner(
            PostgresEventStore store, CommandServiceProperties properties, Clock clock, MeterRegistry meters) {
        return new CommandRunner(
                store,
                new StateCache(properties.stateCacheSize()),
                clock,
                new SecureRandom(),
                properties.source(),
                meters);
    }

    @Bean
    FlightTracks flightTracks(PostgresEventStore store, CommandServiceProperties properties) {
        var flights = properties.flights();
        return new FlightTracks(store, new FlightTrack(flights.gap()), properties.source(), flights.hotAircraft());
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(name = "contrail.relay.enabled", matchIfMissing = true)
    EventRelay eventRelay(
            DataSource dataSource,
            PostgresEventStore store,
            EventTypeRegistry registry,
            CommandServiceProperties properties,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            MeterRegistry meters,
            ObjectProvider<FlywayMigrationInitializer> migrations) {
        migrations.ifAvailable(migrated -> {}); // the relay reads the log's tables: migrate first
        var relay = properties.relay();
        List<String> topics = registry.types().stream()
                .map(EventType::context)
                .distinct()
                .map(CloudEventAttributes::topicOf)
                .toList();
        KafkaTopics.ensure(bootstrapServers, topics, relay.topicPartitions(), relay.topicReplicationFactor());
        var settings = new RelaySettings(
                "kafka",
                relay.batchSize(),
                relay.fallbackPoll(),
                Duration.ofMillis(2),
                Duration.ofSeconds(1),
                new RoundPacing(relay.roundInterval(), relay.maxRoundInterval(), relay.busyRate()));
        return new EventRelay(
                dataSource, store, KafkaTopics.producer(bootstrapServers, "contrail-relay"), settings, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "contrail.relay.enabled", matchIfMissing = true)
    HealthIndicator relayHealthIndicator(EventRelay relay) {
        return () -> Health.up()
                .withDetail("role", relay.isLeader() ? "leader" : "standby")
                .build();
    }
}
