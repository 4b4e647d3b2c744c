package org.openoms.kernel.common;

import java.util.Objects;

/** Checks used by the compact constructors, so every message names the field it is about. */
public final class Require {

    private Require() {
    }

    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : text(value, field, maxLength);
    }

    public static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, field + " is required");
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
        return value;
    }
}
