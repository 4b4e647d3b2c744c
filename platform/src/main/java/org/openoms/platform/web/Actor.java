package org.openoms.platform.web;

/**
 * Who is calling. Until sign-in arrives, clients name the person or system acting in the
 * {@code X-Actor} header; it goes into every event's metadata, with the {@code X-Reason} header where given.
 */
public final class Actor {

    public static final String HEADER = "X-Actor";
    public static final String REASON_HEADER = "X-Reason";
    public static final String UNKNOWN = "unknown";

    private Actor() {
    }

    /** The actor named by the header, at most 200 characters. */
    public static String from(String header) {
        String actor = header(header, HEADER, 200);
        return actor == null ? UNKNOWN : actor;
    }

    /** The reason given in the header, at most 500 characters, or null. */
    public static String reason(String header) {
        return header(header, REASON_HEADER, 500);
    }

    private static String header(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidRequest(name, name + " must be at most " + maxLength + " characters");
        }
        if (stripped.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw new InvalidRequest(name, name + " must not contain control characters");
        }
        return stripped;
    }
}
