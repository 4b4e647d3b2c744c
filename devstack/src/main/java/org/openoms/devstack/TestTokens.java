package org.openoms.devstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Bearer tokens for tests that run one application without the identity server: signed with a key made for
 * the test JVM, which the application under test is told to trust, so signature, issuer and expiry are
 * checked for real.
 */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1/test-issuer";
    private static final RSAKey KEY = newKey();

    private TestTokens() {
    }

    public static RSAPublicKey publicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token valid for an hour for {@code subject}, named {@code subject}, with these roles. */
    public static String token(String subject, Collection<String> roles) {
        return sign(claims(subject, roles, ISSUER, Instant.now().plus(Duration.ofHours(1))).build(), KEY);
    }

    public static JWTClaimsSet.Builder claims(String subject, Collection<String> roles, String issuer, Instant expiresAt) {
        return new JWTClaimsSet.Builder().subject(subject).issuer(issuer).audience("oms").claim("name", subject)
                .claim("roles", List.copyOf(roles)).issueTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString());
    }

    /** Signs with the trusted key, or with {@code key} to stand for another issuer. */
    public static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAKey trustedKey() {
        return KEY;
    }

    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
