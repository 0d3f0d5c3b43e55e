package io.switchboard.billing.web;

import io.switchboard.billing.BillingException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Billing's exceptions as problem+json; invalid fields are listed in {@code errors}. */
@RestControllerAdvice(assignableTypes = BillingApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 130)
class BillingProblems {
    @ExceptionHandler
    ErrorResponse on(BillingException ex) {
        var status = switch (ex.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        var response = ErrorResponse.builder(ex, status, ex.getMessage())
                .type(URI.create("/problems/" + ex.slug()))
                .build();
        if (!ex.fields().isEmpty()) {
            response.getBody().setProperty("errors", ex.fields());
        }
        return response;
    }
}
