package io.switchboard.messaging.web;

import io.switchboard.channels.ChannelException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** problem+json for the messages API: an unknown message, or a channel of another workspace. */
@RestControllerAdvice(basePackageClasses = OutboundApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 130)
class MessagingProblems {
    @ExceptionHandler
    ErrorResponse on(MessageNotFoundException ex) {
        return ErrorResponse.builder(ex, HttpStatus.NOT_FOUND, ex.getMessage())
                .type(URI.create("/problems/message-not-found"))
                .build();
    }

    @ExceptionHandler
    ErrorResponse on(ChannelException ex) {
        var status = ex.kind() == ChannelException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ErrorResponse.builder(ex, status, ex.getMessage())
                .type(URI.create("/problems/" + ex.slug()))
                .build();
    }
}
