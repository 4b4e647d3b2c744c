package org.openoms.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    /** Accepts "good-*" tokens (expiring in five minutes), refuses anything else; counts what it was asked. */
    private final List<String> checked = new ArrayList<>();
    private final JwtDecoder issuer = token -> {
        checked.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("oms-tools")
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(5))).build();
    };

    @Test
    void aTokenAlreadyVerifiedIsNotCheckedAgainBeforeItExpires() {
        var tokens = new VerifiedTokens(issuer, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));

        assertThat(tokens.decode("good-1").getSubject()).isEqualTo("oms-tools");
        assertThat(tokens.decode("good-1").getSubject()).isEqualTo("oms-tools");

        assertThat(checked).containsExactly("good-1");
    }

    @Test
    void anAlteredTokenIsCheckedInFullAndRefused() {
        var tokens = new VerifiedTokens(issuer, Clock.fixed(NOW, ZoneOffset.UTC));
        tokens.decode("good-1");

        assertThatThrownBy(() -> tokens.decode("good-1x".replace("good", "evil"))).isInstanceOf(BadJwtException.class);
        assertThat(checked).containsExactly("good-1", "evil-1x");
    }

    @Test
    void anExpiredTokenIsNotServedFromMemory() {
        var clock = new MutableClock(NOW);
        JwtDecoder expiring = token -> {
            checked.add(token);
            if (clock.instant().isAfter(NOW.plus(Duration.ofMinutes(5)))) {
                throw new BadJwtException("expired");
            }
            return issuer.decode(token);
        };
        var tokens = new VerifiedTokens(expiring, clock);
        tokens.decode("good-1");

        clock.now = NOW.plus(Duration.ofMinutes(6));

        assertThatThrownBy(() -> tokens.decode("good-1")).isInstanceOf(BadJwtException.class).hasMessage("expired");
    }

    @Test
    void aFullMemoryForgetsRatherThanGrows() {
        var tokens = new VerifiedTokens(issuer, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.decode("good-" + i);
        }
        checked.clear();

        tokens.decode("good-0");

        assertThat(checked).containsExactly("good-0");
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
