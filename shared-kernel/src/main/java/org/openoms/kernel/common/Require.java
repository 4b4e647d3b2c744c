package org.openoms.kernel.common;

import java.time.Instant;

/** Checks used by the compact constructors, so every message names the field it is about. */
public final class Require {

    private Require() {
    }

    /** Single-line text: no control character at all (NUL, line breaks, escape, C1 controls). */
    public static String text(String value, String field, int maxLength) {
        return checked(value, field, maxLength, false);
    }

    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : text(value, field, maxLength);
    }

    /** Free text (message bodies, notes): tab and line breaks (CR, LF) allowed, no other control character. */
    public static String freeText(String value, String field, int maxLength) {
        return checked(value, field, maxLength, true);
    }

    public static String optionalFreeText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : freeText(value, field, maxLength);
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValue(field, field + " is required");
        }
        return value;
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new InvalidValue(field, field + " must be positive, was " + value);
        }
        return value;
    }

    /** Between 1 and {@code max} units. */
    public static int quantity(int value, String field, int max) {
        positive(value, field);
        if (value > max) {
            throw new InvalidValue(field, field + " must be at most " + max + ", was " + value);
        }
        return value;
    }

    /** A date inside the range the OMS works in ({@link Bounds#EARLIEST} to {@link Bounds#LATEST}). */
    public static Instant date(Instant value, String field) {
        present(value, field);
        return optionalDate(value, field);
    }

    public static Instant optionalDate(Instant value, String field) {
        if (value != null && (value.isBefore(Bounds.EARLIEST) || !value.isBefore(Bounds.LATEST))) {
            throw new InvalidValue(field, field + " must be from " + Bounds.EARLIEST + " and before "
                    + Bounds.LATEST + ", was " + value);
        }
        return value;
    }

    /**
     * A page of a result that can be read up to {@code window} hits deep. Checked in long arithmetic, so
     * page × size cannot wrap.
     */
    public static void page(int page, int size, int maxSize, int window) {
        if (page < 0) {
            throw new InvalidValue("page", "page must not be negative");
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidValue("size", "size must be between 1 and " + maxSize);
        }
        if ((long) page * size + size > window) {
            throw new InvalidValue("page", "page: results can be paged up to hit " + window + ", so with size "
                    + size + " the last page is " + (window / size - 1) + "; narrow the query to see further");
        }
    }

    private static String checked(String value, String field, int maxLength, boolean lineBreaksAllowed) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, field + " is required");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                throw new InvalidValue(field, field + " must not contain control characters (found U+"
                        + String.format("%04X", (int) c) + " at position " + i + ")");
            }
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValue(field, field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
