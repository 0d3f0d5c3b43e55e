package io.switchboard.campaigns.web;

import io.switchboard.campaigns.CampaignException;
import io.switchboard.channels.ChannelException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the campaigns' exceptions to problem+json. */
@RestControllerAdvice(basePackageClasses = CampaignApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 140)
class CampaignProblems {
    @ExceptionHandler
    ErrorResponse on(CampaignException ex) {
        var status = switch (ex.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ErrorResponse.builder(ex, status, ex.getMessage())
                .type(URI.create("/problems/" + ex.slug()))
                .build();
    }

    /** A channel of another workspace (or none) named in a campaign. */
    @ExceptionHandler
    ErrorResponse on(ChannelException ex) {
        var status = ex.kind() == ChannelException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ErrorResponse.builder(ex, status, ex.getMessage())
                .type(URI.create("/problems/" + ex.slug()))
                .build();
    }
}
