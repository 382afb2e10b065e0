package dev.contrail.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The write side: HTTP commands to pure deciders, events to the PostgreSQL log, the log to Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandServiceApplication {

    /** The configuration file's name, so several services can share a JVM (tests, benchmarks). */
    public static final String CONFIG_NAME = "spring.config.name=command-service";

    public static void main(String[] args) {
        var application = new SpringApplication(CommandServiceApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", "command-service"));
        application.run(args);
    }
}
