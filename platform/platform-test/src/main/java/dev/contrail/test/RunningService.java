package dev.contrail.test;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Contrail service started in this JVM on a free port, against its own fresh database, the
 * shared Kafka broker and a given token secret: what tests and benchmarks talk to over real HTTP.
 */
public final class RunningService implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final TestPostgres.Database database;

    private RunningService(ConfigurableApplicationContext context, TestPostgres.Database database) {
        this.context = context;
        this.database = database;
    }

    /**
     * @param configName the service's configuration file name ({@code command-service}, ...)
     * @param extraArguments more {@code --name=value} settings
     */
    public static RunningService start(
            Class<?> application, String configName, String jwtSecret, String... extraArguments) {
        TestPostgres.Database database = TestPostgres.newDatabase(configName);
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.config.name=" + configName,
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--contrail.security.jwt-secret=" + jwtSecret));
        arguments.addAll(List.of(extraArguments));
        var context = new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new));
        return new RunningService(context, database);
    }

    public String url() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public TestPostgres.Database database() {
        return database;
    }

    @Override
    public void close() {
        context.close();
    }
}
