package dev.contrail.command.config;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Commands and the log need a bearer token (OAuth2 JWT resource server) with a scope per area:
 * {@code ledger:write} for ledger commands, {@code log:read} for reading the whole log; {@code
 * admin} may do both. Health, metrics and the API docs are open. Refusals are problem+json.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ADMIN = "SCOPE_admin";

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .requestMatchers("/api/ledger/**").hasAnyAuthority("SCOPE_ledger:write", ADMIN)
                        .requestMatchers("/api/log/**").hasAnyAuthority("SCOPE_log:read", ADMIN)
                        .anyRequest().hasAuthority(ADMIN))
                .oauth2ResourceServer(server -> server.jwt(jwt -> {})
                        .authenticationEntryPoint((request, response, e) -> problem(response, 401, "unauthenticated",
                                "a bearer token is required: " + e.getMessage()))
                        .accessDeniedHandler((request, response, e) -> problem(response, 403, "forbidden",
                                "the token lacks the scope this request needs")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> problem(response, 401, "unauthenticated", "a bearer token is required"))
                        .accessDeniedHandler((request, response, e) -> problem(response, 403, "forbidden", "the token lacks the scope this request needs")));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(CommandServiceProperties properties) {
        String secret = properties.security() == null ? null : properties.security().jwtSecret();
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("contrail.security.jwt-secret (CONTRAIL_SECURITY_JWT_SECRET) must be set, at least 32 bytes");
        }
        var key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
    }

    private static void problem(HttpServletResponse response, int status, String code, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"https://contrail.dev/problems/" + code + "\",\"title\":\"" + code + "\",\"status\":" + status
                + ",\"detail\":\"" + escaped + "\"}");
    }
}
