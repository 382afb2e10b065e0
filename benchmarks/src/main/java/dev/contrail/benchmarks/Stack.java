package dev.contrail.benchmarks;

import dev.contrail.command.CommandServiceApplication;
import dev.contrail.core.security.HmacTokens;
import dev.contrail.projection.ProjectionServiceApplication;
import dev.contrail.test.TestKafka;
import dev.contrail.test.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a benchmark runs against: PostgreSQL (fresh databases on the local server, or a container),
 * a Kafka broker, command-service and projection-service, each on its own port. Drivers that only
 * write can leave projection-service out.
 */
public final class Stack implements AutoCloseable {

    public static final String SECRET = "benchmark-secret-benchmark-secret-0042";

    public final TestPostgres.Database logDatabase = TestPostgres.newDatabase("bench_log");
    final TestPostgres.Database readDatabase;
    final String kafka = TestKafka.bootstrapServers();
    public final ConfigurableApplicationContext commandService;
    final ConfigurableApplicationContext projectionService;

    Stack() {
        this(true);
    }

    /** @param withProjectionService false: command-service only (no read database, no projection-service) */
    public Stack(boolean withProjectionService) {
        commandService = new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(
                        "--spring.config.name=command-service",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--spring.datasource.url=" + logDatabase.url(),
                        "--spring.datasource.username=" + logDatabase.user(),
                        "--spring.datasource.hikari.maximum-pool-size=24",
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--contrail.security.jwt-secret=" + SECRET,
                        // projection-service's JPA shares this JVM's classpath; command-service has no use for it
                        "--spring.autoconfigure.exclude="
                                + "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
                                + "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration");
        if (!withProjectionService) {
            readDatabase = null;
            projectionService = null;
            return;
        }
        readDatabase = TestPostgres.newDatabase("bench_read");
        projectionService = new SpringApplicationBuilder(ProjectionServiceApplication.class)
                .run(
                        "--spring.config.name=projection-service",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--spring.datasource.url=" + readDatabase.url(),
                        "--spring.datasource.username=" + readDatabase.user(),
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--contrail.security.jwt-secret=" + SECRET,
                        "--contrail.command-service=" + commandUrl());
    }

    public String commandUrl() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) commandService).getWebServer().getPort();
    }

    public String queryUrl() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) projectionService)
                        .getWebServer()
                        .getPort();
    }

    static String token(String... scopes) {
        return HmacTokens.mint(SECRET, "benchmark", List.of(scopes), Instant.now(), Duration.ofHours(2));
    }

    @Override
    public void close() {
        if (projectionService != null) {
            projectionService.close();
        }
        commandService.close();
        forgetKafka();
    }

    /**
     * The broker outlives the stack, the log does not: a later stack's log starts again at position
     * 1, and consumers must not meet this one's records (or offsets) on the same topics.
     */
    private void forgetKafka() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            var groups = admin.listGroups().all().get().stream()
                    .map(GroupListing::groupId)
                    .toList();
            admin.deleteConsumerGroups(groups).all().get();
            admin.deleteTopics(admin.listTopics().names().get()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot clear the benchmark's Kafka topics", e.getCause());
        }
    }
}
