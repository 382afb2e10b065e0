package dev.contrail.benchmarks;

import dev.contrail.command.CommandServiceApplication;
import dev.contrail.core.security.HmacTokens;
import dev.contrail.projection.ProjectionServiceApplication;
import dev.contrail.test.TestKafka;
import dev.contrail.test.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a benchmark runs against: PostgreSQL (fresh databases on the local server, or a container),
 * a Kafka broker, command-service and projection-service, each on its own port.
 */
final class Stack implements AutoCloseable {

    static final String SECRET = "benchmark-secret-benchmark-secret-0042";

    final TestPostgres.Database logDatabase = TestPostgres.newDatabase("bench_log");
    final TestPostgres.Database readDatabase = TestPostgres.newDatabase("bench_read");
    final String kafka = TestKafka.bootstrapServers();
    final ConfigurableApplicationContext commandService;
    final ConfigurableApplicationContext projectionService;

    Stack() {
        commandService = new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(
                        "--spring.config.name=command-service",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--spring.datasource.url=" + logDatabase.url(),
                        "--spring.datasource.username=" + logDatabase.user(),
                        "--spring.datasource.hikari.maximum-pool-size=24",
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--contrail.security.jwt-secret=" + SECRET);
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

    String commandUrl() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) commandService).getWebServer().getPort();
    }

    String queryUrl() {
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
        projectionService.close();
        commandService.close();
    }
}
