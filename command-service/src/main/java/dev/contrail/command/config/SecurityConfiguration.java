package dev.contrail.command.config;

import dev.contrail.web.BearerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Commands and the log need a bearer token with a scope per area: {@code ledger:write} for ledger
 * commands, {@code log:read} for reading the whole log, {@code flights:inject} for injections; {@code admin} may do everything.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return BearerSecurity.filterChain(
                http,
                requests -> requests.requestMatchers("/api/ledger/**")
                        .hasAnyAuthority("SCOPE_ledger:write", BearerSecurity.ADMIN)
                        .requestMatchers("/api/log/**")
                        .hasAnyAuthority("SCOPE_log:read", BearerSecurity.ADMIN)
                        .requestMatchers("/api/injections")
                        .hasAnyAuthority("SCOPE_flights:inject", BearerSecurity.ADMIN)
                        .anyRequest()
                        .hasAuthority(BearerSecurity.ADMIN));
    }
}
