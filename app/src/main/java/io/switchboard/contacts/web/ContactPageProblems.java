package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the contacts pages do not show beside a form (an unknown contact in the address, a bad export
 * filter) becomes the shell's error page with the right status instead of a 500.
 */
@ControllerAdvice(
        assignableTypes = {
            ContactsPageController.class,
            ContactPageController.class,
            ContactSettingsPageController.class,
            ImportsPageController.class,
            SegmentsPageController.class
        })
class ContactPageProblems {
    @ExceptionHandler
    void on(ContactException ex, HttpServletResponse response) throws IOException {
        response.sendError(
                switch (ex.kind()) {
                    case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                    case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
                    case CONFLICT -> HttpServletResponse.SC_CONFLICT;
                });
    }
}
