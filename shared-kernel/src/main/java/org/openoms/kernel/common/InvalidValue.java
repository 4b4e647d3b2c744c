package org.openoms.kernel.common;

/**
 * A value a message refuses, naming the component it is about ({@code name}, {@code quantity}); the edge adds
 * where in the request that component sits.
 */
public class InvalidValue extends IllegalArgumentException {

    private final String field;

    public InvalidValue(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
