package org.fugong.base;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every failure on the HTTP API into an RFC 9457 problem detail in the caller's language:
 * bad input is a 400 with an {@code errors} array of {@code {field, message}}, never a stack trace,
 * never a 500 for something the client sent.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final Messages messages;

    ApiProblemHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FugongException.class)
    ResponseEntity<Object> fugong(FugongException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemResponses.problem(e.status(), e.code(), messages.describe(e, locale));
        HttpHeaders headers = new HttpHeaders();
        if (e instanceof InvalidInputException invalid) {
            problem.setProperty("errors", invalid.problems().stream()
                    .map(p -> ProblemResponses.error(p.field(), messages.describe(p, locale)))
                    .toList());
        }
        if (e instanceof TooManyRequestsException tooMany) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
        }
        return ResponseEntity.status(e.status()).headers(headers).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> ProblemResponses.error(lastNodes(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e) {
        return simple(HttpStatus.CONFLICT, "error.duplicate");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException e) {
        return simple(HttpStatus.CONFLICT, "error.concurrent-change");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return simple(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return simple(HttpStatus.UNAUTHORIZED, "error.unauthenticated");
    }

    /** A header or path the firewall refuses, found only when the application reads it (e.g. a non-ASCII key). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        return simple(HttpStatus.BAD_REQUEST, "error.request-rejected");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure handling an API request", e);
        return simple(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> ProblemResponses.error(
                        error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName(),
                        error.getDefaultMessage()))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> ProblemResponses.error(
                                error instanceof FieldError fieldError ? fieldError.getField()
                                        : result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLargeException) {
                return simple(HttpStatus.PAYLOAD_TOO_LARGE, "error.too-large");
            }
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String code = mapping instanceof UnrecognizedPropertyException ? "error.unknown-field"
                    : mapping instanceof StrictJson.ForbiddenText ? "error.control-characters" : "error.wrong-format";
            return invalid(List.of(ProblemResponses.error(field, messages.get(code, locale))));
        }
        return simple(HttpStatus.BAD_REQUEST, "error.unreadable");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() != null
                && problem.getProperties().containsKey("errors")) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        if (status.is5xxServerError()) {
            log.error("API failure", e);
        }
        String code = status.is5xxServerError() ? "error.internal" : frameworkProblem(status);
        ProblemDetail problem = ProblemResponses.problem(status.value(), code,
                messages.get(code, LocaleContextHolder.getLocale()));
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    /**
     * The message for an error Spring MVC raises before any Fugong code runs (no such path, a method
     * or body type the path does not take): Spring's own problem has no detail in the caller's language.
     */
    private static String frameworkProblem(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "error.no-such-path";
            case 405 -> "error.method-not-allowed";
            case 406 -> "error.not-acceptable";
            case 413 -> "error.too-large";
            case 415 -> "error.media-type";
            default -> "error.bad-request";
        };
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return invalid(List.of(ProblemResponses.error(field,
                messages.get("error.wrong-format", LocaleContextHolder.getLocale()))));
    }

    private ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemResponses.problem(400, "error.invalid-input",
                messages.get("error.invalid-input", LocaleContextHolder.getLocale()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private ResponseEntity<Object> simple(HttpStatus status, String code) {
        return ResponseEntity.status(status).body(
                ProblemResponses.problem(status.value(), code, messages.get(code, LocaleContextHolder.getLocale())));
    }

    /** "submit.draft.title" → "title": the path a client knows, without the Java method and parameter. */
    private static String lastNodes(String path) {
        String[] nodes = path.split("\\.");
        return nodes.length <= 2 ? nodes[nodes.length - 1] : String.join(".", List.of(nodes).subList(2, nodes.length));
    }
}
