package org.openoms.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves the API as RFC 9457 problem+json that names the offending field. Bad input is a
 * 400, a broken business rule a 409, an unknown resource a 404; a 500 means a bug of ours.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_PREFIX = "urn:oms:problem:";

    @ExceptionHandler(InvalidRequest.class)
    public ProblemDetail invalidRequest(InvalidRequest e) {
        return invalid(e.field(), e.getMessage());
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    public ProblemDetail ruleBroken(BusinessRuleViolation e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create(TYPE_PREFIX + e.code()));
        problem.setTitle("Business rule violated");
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail notFound(AggregateNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "no such " + describe(e.getMessage()) + ": " + e.getAggregateIdentifier());
        problem.setType(URI.create(TYPE_PREFIX + "not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ResourceNotFound.class)
    public ProblemDetail notFound(ResourceNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create(TYPE_PREFIX + "not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    /** Rules broken inside a command handler reached over a distributed bus arrive wrapped. */
    @ExceptionHandler(CommandExecutionException.class)
    public ProblemDetail commandFailed(CommandExecutionException e) {
        if (e.getCause() instanceof BusinessRuleViolation violation) {
            return ruleBroken(violation);
        }
        log.error("command failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "the command failed: " + e.getMessage());
    }

    /** Another request wrote the same stream first (or the id was taken) and retrying did not help. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ProblemDetail conflict(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "a concurrent change, or the id is already taken: " + e.getMessage());
        problem.setType(URI.create(TYPE_PREFIX + "conflict"));
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(e.getName(), e.getName() + ": cannot read '" + e.getValue() + "'"
                + (e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? ", expected one of " + List.of(e.getRequiredType().getEnumConstants()) : ""));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            problem = invalid(field, field + ": " + readableReason(mapping));
        } else if (ex.getCause() instanceof JsonMappingException mapping) {
            problem = invalid("body", "body: " + mapping.getOriginalMessage());
        } else {
            problem = invalid("body", "body is not valid JSON: " + rootMessage(ex));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message",
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        String detail = ex.getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted().reduce((a, b) -> a + "; " + b).orElse("invalid request");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create(TYPE_PREFIX + "invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
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

    private static String readableReason(JsonMappingException e) {
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            String expected = target.isEnum() ? "one of " + List.of(target.getEnumConstants()) : target.getSimpleName();
            return "cannot read '" + format.getValue() + "' as " + expected;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + mismatch.getTargetType().getSimpleName();
        }
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }

    private static String describe(String axonMessage) {
        return axonMessage != null && axonMessage.toLowerCase().contains("order") ? "order" : "aggregate";
    }
}
