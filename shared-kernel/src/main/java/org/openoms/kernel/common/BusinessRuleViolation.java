package org.openoms.kernel.common;

/**
 * A command that breaks a rule of the domain (cancelling a cancelled order); nothing was written. It
 * names the rule with a short stable code and, where there is one, the request field it is about; how
 * the edge answers it (which HTTP status) is decided at the edge, not here.
 */
public abstract class BusinessRuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    protected BusinessRuleViolation(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    protected BusinessRuleViolation(String code, String message) {
        this(code, null, message);
    }

    public String code() {
        return code;
    }

    /** The request field the violation is about, or null. */
    public String field() {
        return field;
    }
}
