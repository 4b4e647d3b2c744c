package org.openoms.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A command that breaks a rule of the domain (cancelling a cancelled order). The edge answers it with
 * a problem response of the given status; nothing was written.
 */
public abstract class BusinessRuleViolation extends RuntimeException {

    protected BusinessRuleViolation(String message) {
        super(message);
    }

    /** A short stable name of the rule, used in the problem type. */
    public abstract String code();

    /** The request field the violation is about, when there is one. */
    public String field() {
        return null;
    }

    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
