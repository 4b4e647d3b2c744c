package org.openoms.platform.web;

import java.util.function.Supplier;

/** Input that cannot be turned into a valid message; always names the field. Answered with 400. */
public class InvalidRequest extends RuntimeException {

    private final String field;

    public InvalidRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /**
     * Builds a value object, naming the request field when its constructor refuses the input.
     * Value objects name their own component ("quantity must be positive"); the prefix says where.
     */
    public static <T> T at(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidRequest e) {
            throw new InvalidRequest(field + "." + e.field(), e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest(field, field + ": " + e.getMessage());
        }
    }
}
