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

/** Maps the contacts module's exceptions to problem+json for every API controller (messaging reads contacts too). */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 110)
class ContactProblems {
    @ExceptionHandler
    ErrorResponse on(ContactException ex) {
        var status = ex.kind() == ContactException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ErrorResponse.builder(ex, status, ex.getMessage())
                .type(URI.create("/problems/" + ex.slug()))
                .build();
    }
}
