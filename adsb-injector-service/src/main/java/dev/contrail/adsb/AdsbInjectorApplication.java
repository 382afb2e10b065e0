package dev.contrail.adsb;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One jar, two programs: {@code decode ...} runs the command-line decoder (NDJSON CloudEvents on
 * stdout, see {@link DecodeCommand}); anything else starts the injector service, which feeds its
 * configured sources into command-service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdsbInjectorApplication {

    /** The configuration file's name, so several services can share a JVM (tests, benchmarks). */
    public static final String CONFIG_NAME = "spring.config.name=adsb-injector-service";

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("decode")) {
            // before any logger exists: library logging must not reach stdout, which carries the events
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            System.exit(DecodeCommand.run(args, out, System.err));
        }
        var application = new SpringApplication(AdsbInjectorApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", "adsb-injector-service"));
        application.run(args);
    }
}
