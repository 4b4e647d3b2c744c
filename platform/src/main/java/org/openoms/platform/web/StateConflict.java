package org.openoms.platform.web;

/**
 * A request the running system cannot carry out in its present state (not a rule of the domain), named by
 * a short stable code; answered with 409.
 */
public class StateConflict extends RuntimeException {

    private final String code;

    public StateConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
