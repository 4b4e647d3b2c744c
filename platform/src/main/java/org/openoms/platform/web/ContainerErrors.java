package org.openoms.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container answers itself are problem+json too: a path Tomcat cannot decode (%00), a
 * request line or header over 8 KB, an error raised outside Spring MVC. An encoded slash (%2F) is passed
 * through to the application, where the id it is part of is refused by name. The detail is a fixed sentence
 * per status: the container's own messages echo the raw request.
 */
public final class ContainerErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContainerErrors() {
    }

    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatCustomizer() {
        return factory -> {
            factory.addConnectorCustomizers(connector -> {
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
                // Tomcat refuses TRACE with a bare 405; let it through to Spring MVC, which has no TRACE
                // handler (spring.mvc.dispatch-trace-request) and answers the 405 as a problem
                connector.setAllowTrace(true);
            });
            factory.addContextCustomizers(context ->
                    ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemValve.class.getName()));
        };
    }

    static ProblemDetail problem(int statusCode) {
        return problem(statusCode, detail(statusCode));
    }

    /** A problem of the type its status names ({@code urn:oms:problem:forbidden}), with this detail. */
    public static ProblemDetail problem(int statusCode, String detail) {
        HttpStatus status = HttpStatus.resolve(statusCode);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status == null ? HttpStatus.BAD_REQUEST : status, detail);
        problem.setType(ProblemResponses.typeFor(problem.getStatus()));
        return problem;
    }

    /** Writes the problem as the whole response, where no controller answers (filters, security). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), body(problem));
    }

    private static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        Traces.currentTraceId().ifPresent(id -> body.put(TraceInProblems.TRACE_ID, id));
        return body;
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "the request could not be read: its path or query is not validly encoded (no %00, no "
                    + "control characters), or its request line or headers are longer than 8 KB together";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 413 -> "the request body is too large";
            case 414 -> "the request line is longer than 8 KB";
            case 431 -> "the request headers are longer than 8 KB together";
            default -> status >= 500 ? "an unexpected error occurred; it has been logged" : "the request was refused";
        };
    }

    /** Replaces Tomcat's HTML error report for errors that never reach a servlet. */
    public static class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(body(problem(status))));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was committed meanwhile: nothing left to tell it
            }
        }
    }

    /** Errors raised inside the container but outside Spring MVC are forwarded here by Spring Boot. */
    @RestController
    @Hidden
    static class ProblemErrorController implements ErrorController {

        @RequestMapping("${server.error.path:${error.path:/error}}")
        ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            ProblemDetail problem = problem(status instanceof Integer code ? code : 500);
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }
}
