package dev.contrail.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.HttpFirewall;

/** Every Contrail web service verifies bearer tokens with the shared {@code contrail.security.jwt-secret}. */
@AutoConfiguration
@ConditionalOnWebApplication
public class BearerSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(@Value("${contrail.security.jwt-secret:}") String secret) {
        return BearerSecurity.jwtDecoder(secret);
    }

    /**
     * No observation around each of Spring Security's filters, authentications and authorisations:
     * together they cost more than the command they guard. Requests are still timed as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        return PrintableHeaders.firewall();
    }
}
