package dev.contrail.projection.config;

import dev.contrail.web.BearerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Queries (and tar1090's /data files) are open; rebuilding a projection needs the {@code admin} scope. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return BearerSecurity.filterChain(
                http,
                requests -> requests.requestMatchers("/api/admin/**")
                        .hasAuthority(BearerSecurity.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/**", "/data/**")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(BearerSecurity.ADMIN));
    }
}
