package dev.contrail.core.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints HS256 JSON Web Tokens for service-to-service calls, local runs, tests and benchmarks. The
 * services verify them as an OAuth2 resource server with the same shared secret; a deployment
 * with an identity provider configures its issuer instead.
 */
public final class HmacTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private HmacTokens() {}

    public static String mint(
            String secret, String subject, Collection<String> scopes, Instant issuedAt, Duration lifetime) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("the token secret must have at least 32 bytes");
        }
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String claims = "{\"sub\":\"" + jsonEscape(subject) + "\",\"scope\":\"" + jsonEscape(String.join(" ", scopes))
                + "\",\"iat\":" + issuedAt.getEpochSecond() + ",\"exp\":"
                + issuedAt.plus(lifetime).getEpochSecond() + "}";
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "."
                    + URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String jsonEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
