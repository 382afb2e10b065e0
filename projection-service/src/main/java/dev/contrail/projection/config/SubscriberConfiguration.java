package dev.contrail.projection.config;

import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.security.HmacTokens;
import dev.contrail.ledger.LedgerEvents;
import dev.contrail.messaging.EventApplier;
import dev.contrail.messaging.HttpLogReader;
import dev.contrail.messaging.SubscriberRuntime;
import dev.contrail.messaging.SubscriberSettings;
import dev.contrail.messaging.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The subscriber runtime and the subscriptions of this service's projectors. */
@Configuration(proxyBeanMethods = false)
class SubscriberConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventTypeRegistry eventTypeRegistry() {
        return new EventTypeRegistry(LedgerEvents.TYPES);
    }

    /** The JPA transaction manager: read-model writes and the applied position commit together. */
    @Bean
    EventApplier eventApplier(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new EventApplier(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager));
    }

    @Bean(destroyMethod = "close")
    SubscriberRuntime subscriberRuntime(
            EventApplier applier,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            ProjectionServiceProperties properties,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            Clock clock) {
        String secret =
                properties.security() == null ? null : properties.security().jwtSecret();
        var logReader = new HttpLogReader(
                properties.commandService(),
                () -> HmacTokens.mint(
                        secret, "projection-service", List.of("log:read"), clock.instant(), Duration.ofMinutes(10)));
        var settings = new SubscriberSettings(
                properties.consumerConcurrency(),
                properties.maxAttempts(),
                Duration.ofMillis(100),
                Duration.ofSeconds(5));
        return new SubscriberRuntime(
                applier,
                new JdbcTemplate(dataSource),
                new TransactionTemplate(transactionManager),
                logReader,
                bootstrapServers,
                settings,
                clock);
    }

    /** Down until every subscription has partitions assigned and is consuming. */
    @Bean
    HealthIndicator subscriptionsHealthIndicator(SubscriberRuntime runtime, List<Subscription> subscriptions) {
        return () -> {
            var builder =
                    subscriptions.stream().allMatch(s -> runtime.isConsuming(s.name())) ? Health.up() : Health.down();
            subscriptions.forEach(
                    s -> builder.withDetail(s.name(), runtime.isConsuming(s.name()) ? "consuming" : "not consuming"));
            return builder.build();
        };
    }

    /** Consumption starts once the application is up. */
    @Bean
    ApplicationRunner startSubscriptions(SubscriberRuntime runtime, List<Subscription> subscriptions) {
        return args -> subscriptions.forEach(runtime::subscribe);
    }
}
