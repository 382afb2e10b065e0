package dev.contrail.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Bearer-token security as every Contrail service applies it: stateless, JWT (HS256 with a shared
 * secret), scopes as {@code SCOPE_*} authorities, health/metrics/API docs open, and refusals as
 * problem+json.
 */
public final class BearerSecurity {

    public static final String ADMIN = "SCOPE_admin";
    private static final String[] OPEN = {
        "/actuator/health/**",
        "/actuator/health",
        "/actuator/info",
        "/actuator/prometheus",
        "/v3/api-docs/**",
        "/v3/api-docs",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/error"
    };

    private BearerSecurity() {}

    public static SecurityFilterChain filterChain(
            HttpSecurity http,
            org.springframework.security.config.Customizer<
                            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
                    rules)
            throws Exception {
        AuthenticationEntryPoint unauthenticated =
                (request, response, e) -> problem(response, 401, "unauthenticated", "a valid bearer token is required");
        AccessDeniedHandler forbidden = (request, response, e) ->
                problem(response, 403, "forbidden", "the token lacks the scope this request needs");
        // Stateless bearer-token APIs: no CSRF tokens, sessions, saved requests or logout endpoint,
        // and none of their filters on every request's path.
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(OPEN).permitAll();
                    rules.customize(requests);
                })
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> {})
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        return http.build();
    }

    public static JwtDecoder jwtDecoder(String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException(
                    "contrail.security.jwt-secret (CONTRAIL_JWT_SECRET) must be set, at least 32 bytes");
        }
        var key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return new CachingJwtDecoder(
                NimbusJwtDecoder.withSecretKey(key)
                        .macAlgorithm(MacAlgorithm.HS256)
                        .build(),
                Clock.systemUTC());
    }

    private static void problem(HttpServletResponse response, int status, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter()
                .write("{\"type\":\"https://contrail.dev/problems/" + code + "\",\"title\":\"" + code + "\",\"status\":"
                        + status + ",\"detail\":\"" + detail + "\"}");
    }
}
