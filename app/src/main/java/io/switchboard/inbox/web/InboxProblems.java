package io.switchboard.inbox.web;

import io.switchboard.inbox.InboxException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the inbox's exceptions to problem+json for its API controllers. */
@RestControllerAdvice(basePackageClasses = ConversationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 130)
class InboxProblems {
    @ExceptionHandler
    ErrorResponse on(InboxException ex) {
        var status = switch (ex.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ErrorResponse.builder(ex, status, ex.getMessage())
                .type(URI.create("/problems/" + ex.slug()))
                .build();
    }
}
