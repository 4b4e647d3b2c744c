package org.openoms.platform.web;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandExecutionException;
import org.openoms.kernel.common.BusinessRuleViolation;
import org.openoms.kernel.common.InvalidValue;
import org.openoms.kernel.common.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves the API as RFC 9457 problem+json that names the offending field. Bad input is a
 * 400, a broken business rule a 409, an unknown resource a 404; a 500 means a bug of ours. No detail
 * carries a class name, a method signature or a stack fragment: framework messages are never passed on.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_PREFIX = "urn:oms:problem:";

    /**
     * How the edge answers a broken rule, by its code: a rule about something the request names that
     * does not exist is a 404, one the request could never satisfy a 422, and any other (the state of
     * the resource forbids it now) a 409.
     */
    private static final Map<String, HttpStatus> RULE_STATUS = Map.of(
            "unknown-order", HttpStatus.NOT_FOUND,
            "unknown-sku", HttpStatus.UNPROCESSABLE_ENTITY,
            "stock-bound-exceeded", HttpStatus.UNPROCESSABLE_ENTITY,
            "history-in-the-future", HttpStatus.UNPROCESSABLE_ENTITY,
            "return-exceeds-ordered", HttpStatus.UNPROCESSABLE_ENTITY,
            "dispositions-do-not-match", HttpStatus.UNPROCESSABLE_ENTITY);

    @ExceptionHandler(InvalidRequest.class)
    public ProblemDetail invalidRequest(InvalidRequest e) {
        return invalid(e.field(), e.getMessage());
    }

    /** A value a command handler refused (it names its field): bad input like any other. */
    @ExceptionHandler(InvalidValue.class)
    public ProblemDetail invalidValue(InvalidValue e) {
        return invalid(e.field(), e.getMessage());
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    public ProblemDetail ruleBroken(BusinessRuleViolation e) {
        return ruleBroken(e.code(), e.field(), e.getMessage());
    }

    private static ProblemDetail ruleBroken(String code, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(RULE_STATUS.getOrDefault(code, HttpStatus.CONFLICT),
                message);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle("Business rule violated");
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return problem;
    }

    @ExceptionHandler(ResourceNotFound.class)
    public ProblemDetail notFound(ResourceNotFound e) {
        return notFound(e.getMessage());
    }

    private static ProblemDetail notFound(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
        problem.setType(URI.create(TYPE_PREFIX + "not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    /**
     * A refusal from where the command was handled, answered from its details alone: over Axon Server the
     * exception itself does not arrive, only its message and details.
     */
    @ExceptionHandler(CommandExecutionException.class)
    public ProblemDetail commandFailed(CommandExecutionException e) {
        Object details = e.getDetails().orElse(null);
        if (!(details instanceof Refusal refusal)) {
            return unexpected(e);
        }
        return switch (refusal.kind()) {
            case RULE -> ruleBroken(refusal.code(), refusal.field(), refusal.message());
            case INVALID_VALUE -> invalid(refusal.field(), refusal.message());
            case NOT_FOUND -> notFound(refusal.message());
            case CONFLICT -> conflict();
        };
    }

    /** Another request wrote the same stream first (or the id was taken) and retrying did not help. */
    private static ProblemDetail conflict() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "a concurrent change, or the id is already taken; read the resource again and retry");
        problem.setType(URI.create(TYPE_PREFIX + "conflict"));
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(StateConflict.class)
    public ProblemDetail stateConflict(StateConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_PREFIX + e.code()));
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(e.getName(), e.getName() + ": cannot read '" + shortened(e.getValue()) + "'"
                + (e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? ", expected one of " + List.of(e.getRequiredType().getEnumConstants()) : ""));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(unreadable(ex.getCause()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(invalid(ex.getParameterName(), ex.getParameterName() + " is required"));
    }

    /** Spring's own problems (405, 406, 415, ...) get a type of ours instead of about:blank. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && URI.create("about:blank").equals(problem.getType())) {
            problem.setType(typeFor(problem.getStatus()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** The problem type of a status: bad input is invalid-request, others are named after their reason phrase. */
    static URI typeFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (status >= 500) {
            return URI.create(TYPE_PREFIX + "internal");
        }
        if (status == 400 || known == null) {
            return URI.create(TYPE_PREFIX + "invalid-request");
        }
        return URI.create(TYPE_PREFIX + known.name().toLowerCase().replace('_', '-'));
    }

    private static ProblemDetail unreadable(Throwable cause) {
        if (cause == null) {
            return invalid("body", "body is required: send a JSON object");
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return invalid(field, field + ": unknown field; known fields are "
                    + new TreeSet<>(unknown.getKnownPropertyIds().stream().map(String::valueOf).toList()));
        }
        if (cause instanceof JsonMappingException mapping && duplicateField(mapping.getCause()) != null) {
            String field = path(mapping) + "." + duplicateField(mapping.getCause());
            return invalid(field, field + ": appears twice; each field may be given once");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return invalid(field, field + ": " + readableReason(mapping));
        }
        if (cause instanceof JsonMappingException) {
            return invalid("body", "body must be a JSON object of the documented shape");
        }
        if (cause instanceof StreamReadException read && read.getProcessor() != null) {
            String field = field(read.getProcessor().getParsingContext().pathAsPointer());
            if (field != null && duplicateField(read) != null) {
                return invalid(field, field + ": appears twice; each field may be given once");
            }
            if (field != null && read instanceof InputCoercionException) {
                return invalid(field, field + ": number out of range");
            }
            return invalid("body", "body is not valid JSON" + location(read));
        }
        return invalid("body", "body is not valid JSON");
    }

    @ExceptionHandler(Exception.class)
    public ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; it has been logged");
        problem.setType(URI.create(TYPE_PREFIX + "internal"));
        return problem;
    }

    private static ProblemDetail invalid(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(URI.create(TYPE_PREFIX + "invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    /** The name Jackson's duplicate detection reports ("Duplicate field 'name'"), or null. */
    private static String duplicateField(Throwable e) {
        String message = e instanceof StreamReadException read ? read.getOriginalMessage() : null;
        if (message == null || !message.startsWith("Duplicate field '")) {
            return null;
        }
        int start = message.indexOf('\'') + 1;
        int end = message.indexOf('\'', start);
        return end > start ? message.substring(start, end) : null;
    }

    private static String readableReason(JsonMappingException e) {
        if (e.getCause() instanceof InputCoercionException) {
            return "number out of range";
        }
        if (e instanceof InvalidFormatException format) {
            return "cannot read '" + shortened(format.getValue()) + "' as " + expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        return "cannot be read";
    }

    /** What a field holds, in words of JSON rather than of Java classes. */
    private static String expected(Class<?> target) {
        if (target.isEnum()) {
            return "one of " + List.of(target.getEnumConstants());
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == BigInteger.class) {
            return "a whole number";
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class) {
            return "a decimal number";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "an ISO-8601 date-time such as 2026-01-31T17:00:00Z";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }

    private static String field(JsonPointer pointer) {
        StringBuilder field = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0) {
                field.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() > 50 ? text.substring(0, 50) + "..." : text;
    }
}
