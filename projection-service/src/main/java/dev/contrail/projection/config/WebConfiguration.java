package dev.contrail.projection.config;

import dev.contrail.web.OneWriteResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Every query answer leaves in one write: nothing here streams. */
    @Bean
    OneWriteResponses oneWriteResponses() {
        return new OneWriteResponses(request -> true);
    }
}
