package dev.contrail.test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Points a {@link RealInfrastructure} test's context at a fresh database and the shared broker. */
public final class RealInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(RealInfrastructure.class);
        return wanted ? new Customizer(testClass) : null;
    }

    /** Equal only for the same test class: each class gets its own context and database. */
    private record Customizer(Class<?> testClass) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPostgres.Database db = TestPostgres.newDatabase(testClass.getSimpleName());
            TestRedis.Endpoint redis = TestRedis.endpoint();
            Map<String, Object> properties = new HashMap<>();
            properties.put("spring.datasource.url", db.url());
            properties.put("spring.datasource.username", db.user());
            properties.put("spring.datasource.password", db.password());
            properties.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
            properties.put("spring.data.redis.host", redis.host());
            properties.put("spring.data.redis.port", redis.port());
            properties.put("contrail.test.database", db.name());
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("contrail-real-infrastructure", properties));
        }
    }
}
