package org.openoms.command.channel;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openoms.platform.web.ContainerErrors;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * What every platform's webhook endpoint does before reading a payload: take the body whole but bounded, and
 * check the platform's signature over it, in constant time. Shopify and WooCommerce both send a base64
 * HMAC-SHA256 of the raw body keyed with the webhook's secret.
 */
public final class SignedWebhooks {

    /** Platforms' orders are kilobytes; anything this large is no order. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private SignedWebhooks() {
    }

    /** The whole body, or null when it is longer than {@link #MAX_BODY_BYTES}. */
    public static byte[] readBounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    /** Whether {@code signature} is the base64 HMAC-SHA256 of {@code body} with {@code secret}. */
    public static boolean verifies(String secret, byte[] body, String signature) {
        if (signature == null || secret == null || secret.isEmpty()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal(body), given);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public static ResponseEntity<ProblemDetail> tooLarge() {
        return problem(413, "the body is larger than 1 MB");
    }

    public static ResponseEntity<ProblemDetail> notVerified(String header) {
        return problem(401, "the webhook's " + header + " does not verify for this account");
    }

    private static ResponseEntity<ProblemDetail> problem(int status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ContainerErrors.problem(status, detail));
    }

    /** What became of a verified delivery. */
    public record Delivery(String outcome) {
    }
}
