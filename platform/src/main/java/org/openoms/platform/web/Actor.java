package org.openoms.platform.web;

/**
 * Who is calling. Until sign-in arrives, clients name the person or system acting in the
 * {@code X-Actor} header; it goes into every event's metadata.
 */
public final class Actor {

    public static final String HEADER = "X-Actor";
    public static final String REASON_HEADER = "X-Reason";
    public static final String UNKNOWN = "unknown";

    private Actor() {
    }

    public static String from(String header) {
        if (header == null || header.isBlank()) {
            return UNKNOWN;
        }
        String actor = header.strip();
        if (actor.length() > 200) {
            throw new InvalidRequest(HEADER, HEADER + " must be at most 200 characters");
        }
        return actor;
    }
}
