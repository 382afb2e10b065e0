package dev.contrail.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens it has verified, until they expire. A client sends the same bearer token with
 * every request for its whole lifetime; checking its signature and parsing its claims each time
 * cost a command-service a tenth of its CPU. A remembered token is only as good as its expiry:
 * past it, the token goes back to the verifying decoder, which refuses it. Tokens without an
 * expiry are never remembered. The memory is bounded: when full it starts again empty.
 */
final class CachingJwtDecoder implements JwtDecoder {

    static final int CAPACITY = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    CachingJwtDecoder(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
            return known;
        }
        if (known != null) {
            verified.remove(token);
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }
}
