package io.switchboard.templates.web;

import io.switchboard.templates.TemplateException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The templates module's exceptions as problem+json; rule violations are listed in {@code errors}. */
@RestControllerAdvice(assignableTypes = TemplateApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 130)
class TemplateProblems {
    @ExceptionHandler
    ErrorResponse on(TemplateException ex) {
        var status = switch (ex.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            // Meta refused what our rules let through (a rule it does not publish): the request must change.
            case PROVIDER -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        var response = ErrorResponse.builder(ex, status, ex.getMessage())
                .type(URI.create("/problems/" + ex.slug()))
                .build();
        if (!ex.violations().isEmpty()) {
            response.getBody().setProperty("errors", ex.violations());
        }
        return response;
    }
}
