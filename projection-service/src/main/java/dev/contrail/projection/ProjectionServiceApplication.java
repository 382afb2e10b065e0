package dev.contrail.projection;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The read side: subscribers fold events from Kafka into read models and serve queries. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProjectionServiceApplication {

    /** The configuration file's name, so several services can share a JVM (tests, benchmarks). */
    public static final String CONFIG_NAME = "spring.config.name=projection-service";

    public static void main(String[] args) {
        var application = new SpringApplication(ProjectionServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", "projection-service"));
        application.run(args);
    }
}
