package dev.contrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private static final Instant ISSUED = Instant.parse("2026-11-30T12:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofHours(1));

    private final MovableClock clock = new MovableClock(ISSUED);
    private final List<String> verified = new ArrayList<>();

    /** Verifies by the token's text: "expiring" tokens have an expiry, "eternal" ones none, "bad" ones fail. */
    private final JwtDecoder verifier = token -> {
        verified.add(token);
        if (token.startsWith("bad")
                || (token.startsWith("expiring") && !clock.instant().isBefore(EXPIRES))) {
            throw new BadJwtException("refused " + token);
        }
        var jwt = Jwt.withTokenValue(token)
                .header("alg", "HS256")
                .subject("client")
                .issuedAt(ISSUED);
        return token.startsWith("expiring") ? jwt.expiresAt(EXPIRES).build() : jwt.build();
    };

    private final CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, clock);

    @Test
    void a_token_is_verified_once_while_it_is_valid() {
        Jwt first = decoder.decode("expiring-1");
        clock.now = EXPIRES.minusSeconds(1);
        Jwt again = decoder.decode("expiring-1");

        assertThat(again).isSameAs(first);
        assertThat(verified).containsExactly("expiring-1");
    }

    @Test
    void an_expired_token_goes_back_to_the_verifier_which_refuses_it() {
        decoder.decode("expiring-1");
        clock.now = EXPIRES;

        assertThatThrownBy(() -> decoder.decode("expiring-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("expiring-1")).isInstanceOf(BadJwtException.class);
        assertThat(verified).containsExactly("expiring-1", "expiring-1", "expiring-1");
    }

    @Test
    void refused_tokens_and_tokens_without_expiry_are_not_remembered() {
        assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        decoder.decode("eternal-1");
        decoder.decode("eternal-1");

        assertThat(verified).containsExactly("bad-1", "bad-1", "eternal-1", "eternal-1");
    }

    @Test
    void the_memory_is_bounded() {
        for (int i = 0; i <= CachingJwtDecoder.CAPACITY; i++) {
            decoder.decode("expiring-" + i);
        }
        // the capacity was reached at the last token: the memory started again with it alone
        decoder.decode("expiring-0");
        decoder.decode("expiring-" + CachingJwtDecoder.CAPACITY);

        assertThat(verified).hasSize(CachingJwtDecoder.CAPACITY + 2);
        assertThat(verified.getLast()).isEqualTo("expiring-0");
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
