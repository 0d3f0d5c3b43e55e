package io.switchboard.contacts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.contacts.ContactImport;
import io.switchboard.contacts.ContactImports;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** CSV imports of contacts: upload, map the columns and run, follow the progress, download refused rows. */
@RestController
@RequestMapping("/api/v1/contact-imports")
@Tag(name = "Contact imports")
class ImportApiController {
    /** {@code mapping}: column name → displayName, phone, email, tags or properties.&lt;key&gt;. */
    record Run(
            @Nullable Map<String, String> mapping, @Nullable String defaultCountry) {}

    /** The file as JSON, for clients that cannot send text/csv. */
    record Upload(@Nullable String name, @Nullable String content) {}

    private final ContactImports imports;

    ImportApiController(ContactImports imports) {
        this.imports = imports;
    }

    @Operation(
            summary = "Upload a CSV file",
            description = "The body is the file (UTF-8); the first line names the columns.")
    @PostMapping(consumes = {"text/csv", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    ContactImport upload(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @RequestParam(defaultValue = "contacts.csv") String name,
            @RequestBody String file) {
        return imports.upload(principal.workspaceId(), name, file, principal.displayName());
    }

    @Operation(summary = "Upload a CSV file as JSON", description = "content: the file's text.")
    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ContactImport uploadJson(@AuthenticationPrincipal SwitchboardPrincipal principal, @RequestBody Upload upload) {
        return imports.upload(
                principal.workspaceId(),
                upload.name() == null ? "contacts.csv" : upload.name(),
                upload.content() == null ? "" : upload.content(),
                principal.displayName());
    }

    @GetMapping
    List<ContactImport> list(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return imports.list(principal.workspaceId());
    }

    @GetMapping("/{id}")
    ContactImport get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return imports.get(principal.workspaceId(), id);
    }

    @Operation(
            summary = "Map the columns and run",
            description = "Runs in the background; GET the import for its progress. Phone numbers without a country"
                    + " code get defaultCountry (a calling code like 39).")
    @PostMapping("/{id}/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ContactImport run(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id, @RequestBody Run run) {
        return imports.start(
                principal.workspaceId(), id, run.mapping() == null ? Map.of() : run.mapping(), run.defaultCountry());
    }

    @Operation(summary = "The refused rows as CSV", description = "Columns: line, error, row (as it was in the file).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @GetMapping("/{id}/errors")
    void errors(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            HttpServletResponse response)
            throws IOException {
        report(imports, principal, id, response);
    }

    static void report(ContactImports imports, SwitchboardPrincipal me, UUID id, HttpServletResponse response)
            throws IOException {
        imports.get(me.workspaceId(), id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-errors.csv\"");
        var out = response.getWriter();
        out.write("line,error,row\r\n");
        imports.errors(
                me.workspaceId(),
                id,
                e -> out.write(
                        e.line() + "," + CsvExport.field(e.message()) + "," + CsvExport.field(e.row()) + "\r\n"));
        out.flush();
    }
}
