package org.openoms.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens already verified, until they expire. A system client sends the same bearer token with
 * every request for its whole lifetime, and checking its RSA signature again each time was a tenth of the
 * command side's CPU per order (README "Benchmark"). The key is the whole token text, so an altered token
 * is never found here and goes through the full check. Signed tokens cannot be revoked before expiry in
 * any case; a signing key withdrawn from the provider stops being accepted when its tokens expire.
 */
public final class VerifiedTokens implements JwtDecoder {

    /** Bounded: past this many tokens the expired ones go, and if none has, all of them. */
    static final int CAPACITY = 10_000;

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(JwtDecoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = verified.get(token);
        if (known != null && valid(known, now)) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= CAPACITY) {
                verified.values().removeIf(j -> !valid(j, now));
                if (verified.size() >= CAPACITY) {
                    verified.clear();
                }
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    private static boolean valid(Jwt jwt, Instant now) {
        return now.isBefore(jwt.getExpiresAt()) && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }
}
