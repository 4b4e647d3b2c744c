package org.openoms.kernel.common;

/**
 * A command's refusal as it travels back to the sender, whichever bus carried it: an Axon Server in between
 * passes on only a message and these serializable details, never the exception itself.
 *
 * @param kind    a broken rule, a value the handler refused, something the command names that does not exist,
 *                or a conflict with a concurrent change (worth retrying)
 * @param code    the rule's stable code, for a broken rule
 * @param field   the request field it is about, or null
 */
public record Refusal(Kind kind, String code, String field, String message) {

    public enum Kind { RULE, INVALID_VALUE, NOT_FOUND, CONFLICT }

    public Refusal {
        Require.present(kind, "kind");
        Require.present(message, "message");
    }

    public static Refusal of(BusinessRuleViolation violation) {
        return new Refusal(Kind.RULE, violation.code(), violation.field(), violation.getMessage());
    }

    public static Refusal of(InvalidValue invalid) {
        return new Refusal(Kind.INVALID_VALUE, null, invalid.field(), invalid.getMessage());
    }
}
