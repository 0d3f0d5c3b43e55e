package io.switchboard.contacts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The filtered contact list as CSV, streamed: a large workspace is never held in memory. */
@RestController
@Tag(name = "Contacts")
class ContactExportApiController {
    private final CsvExport csv;

    ContactExportApiController(CsvExport csv) {
        this.csv = csv;
    }

    @Operation(summary = "Export contacts as CSV", description = "Takes the same filters as the contact list.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @GetMapping("/api/v1/contacts/export")
    void export(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @ParameterObject ContactQuery query,
            HttpServletResponse response)
            throws IOException {
        stream(csv, principal, query, response);
    }

    static void stream(CsvExport csv, SwitchboardPrincipal me, ContactQuery query, HttpServletResponse response)
            throws IOException {
        var filter = query.filter();
        csv.check(me.workspaceId(), filter);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"contacts.csv\"");
        csv.write(me.workspaceId(), filter, response.getWriter());
    }
}
