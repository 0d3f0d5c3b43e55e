package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the contacts module's exceptions to problem+json for every API controller (messaging reads contacts
 * too); the fields at fault are listed in {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 110)
class ContactProblems {
    @ExceptionHandler
    ErrorResponse on(ContactException ex) {
        var status = switch (ex.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
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
