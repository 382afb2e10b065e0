package dev.contrail.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacTokensTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void a_token_carries_subject_scopes_and_lifetime_and_its_signature_verifies() throws Exception {
        String token = HmacTokens.mint(
                SECRET,
                "alice",
                List.of("ledger:write", "log:read"),
                Instant.ofEpochSecond(1000),
                Duration.ofSeconds(60));
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims)
                .isEqualTo("{\"sub\":\"alice\",\"scope\":\"ledger:write log:read\",\"iat\":1000,\"exp\":1060}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(expected);
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> HmacTokens.mint("short", "a", List.of(), Instant.EPOCH, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
