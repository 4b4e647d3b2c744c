package org.openoms.platform.web;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the verified identity of the caller's bearer token, never a header. Every event's metadata
 * carries its subject (stable) and name (as people read it), with the {@code X-Reason} header where given.
 */
public final class Actor {

    public static final String REASON_HEADER = "X-Reason";

    /** The caller of the current request, as its token says. */
    public record Caller(String subject, String name) {
    }

    private Actor() {
    }

    /** The caller behind the current request; a request reaching a controller always has one. */
    public static Caller current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            String subject = token.getToken().getSubject();
            String name = token.getToken().getClaimAsString("name");
            String preferred = token.getToken().getClaimAsString("preferred_username");
            return new Caller(subject, name != null ? name : preferred != null ? preferred : subject);
        }
        throw new IllegalStateException("no verified caller: the security filter lets no request through without one");
    }

    /** The reason given in the header, at most 500 characters, or null. */
    public static String reason(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String stripped = header.strip();
        if (stripped.length() > 500) {
            throw new InvalidRequest(REASON_HEADER, REASON_HEADER + " must be at most 500 characters");
        }
        if (stripped.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw new InvalidRequest(REASON_HEADER, REASON_HEADER + " must not contain control characters");
        }
        return stripped;
    }
}
