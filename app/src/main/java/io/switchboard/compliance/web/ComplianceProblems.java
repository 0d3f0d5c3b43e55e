package io.switchboard.compliance.web;

import io.switchboard.channels.ChannelException;
import io.switchboard.compliance.ComplianceException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** problem+json for the consent and keyword APIs; an unknown contact is mapped by contacts' problems. */
@RestControllerAdvice(basePackageClasses = ConsentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 130)
class ComplianceProblems {
    record FieldProblem(String field, String message) {}

    @ExceptionHandler
    ErrorResponse on(ComplianceException ex) {
        var status = ex.kind() == ComplianceException.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        var response = ErrorResponse.builder(ex, status, ex.getMessage())
                .type(URI.create("/problems/" + ex.slug()))
                .build();
        if (!ex.fields().isEmpty()) {
            // The same shape as the API's validation problems: errors = [{field, message}].
            response.getBody()
                    .setProperty(
                            "errors",
                            ex.fields().entrySet().stream()
                                    .map(e -> new FieldProblem(e.getKey(), e.getValue()))
                                    .toList());
        }
        return response;
    }

    @ExceptionHandler
    ErrorResponse on(ChannelException ex) {
        var status = ex.kind() == ChannelException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ErrorResponse.builder(ex, status, ex.getMessage())
                .type(URI.create("/problems/" + ex.slug()))
                .build();
    }
}
