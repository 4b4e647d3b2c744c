package org.openoms.platform.web;

import java.util.function.Supplier;
import org.openoms.kernel.common.InvalidValue;

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
     * Builds a value object found at {@code field} of the request, naming the exact field when its constructor
     * refuses the input: value objects name their own component ("name must not contain control
     * characters"), the prefix says where ({@code customer.name}). A rule across components names the prefix.
     */
    public static <T> T at(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidRequest e) {
            throw new InvalidRequest(field + "." + e.field(), e.getMessage());
        } catch (InvalidValue e) {
            // a single-value wrapper (an OrderId at "orderId", a Sku at "lines[0].sku") names itself
            String leaf = field.equals(e.field()) || field.endsWith("." + e.field()) ? field : field + "." + e.field();
            throw new InvalidRequest(leaf, leaf + ": " + e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest(field, field + ": " + e.getMessage());
        }
    }

    /**
     * Builds a message from the whole body or query, whose components are the request's own top-level
     * fields: a refused component is named as it is; a rule across components is named {@code whole}.
     */
    public static <T> T of(String whole, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidRequest e) {
            throw e;
        } catch (InvalidValue e) {
            throw new InvalidRequest(e.field(), e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest(whole, whole + ": " + e.getMessage());
        }
    }
}
