package dev.contrail.command.config;

import dev.contrail.web.OneWriteResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Command responses leave in one write; only POSTs, since reading the log streams. */
    @Bean
    OneWriteResponses oneWriteResponses() {
        return new OneWriteResponses(request -> "POST".equals(request.getMethod()));
    }
}
