package io.switchboard.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.channels.ChannelId;
import io.switchboard.compliance.ComplianceException;
import io.switchboard.compliance.ConsentChange;
import io.switchboard.compliance.ConsentEntry;
import io.switchboard.compliance.ConsentManagement;
import io.switchboard.compliance.ConsentOverview;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.ConsentState;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A contact's consent (current state and ledger), recording consent, and the ledger as CSV. */
@RestController
@Tag(name = "Consent")
class ConsentApiController {
    /**
     * @param source WEB_FORM, API (default), CSV_IMPORT or AGENT; the other sources are observed by
     *     Switchboard itself and cannot be claimed
     * @param channelId the channel it covers; omitted for all channels
     */
    record RecordConsent(
            @NotNull ConsentPurpose purpose,
            @NotNull ConsentState state,
            @Nullable ConsentSource source,
            @NotBlank @Size(max = 2000) String proof,
            @Nullable UUID channelId) {}

    private final ConsentManagement consent;

    ConsentApiController(ConsentManagement consent) {
        this.consent = consent;
    }

    @GetMapping("/api/v1/contacts/{id}/consent")
    @Operation(summary = "A contact's current consent per purpose and its ledger, newest first")
    ConsentOverview get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return consent.overview(principal.workspaceId(), new ContactId(id));
    }

    @PostMapping("/api/v1/contacts/{id}/consent")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a grant or withdrawal with its proof (appended to the ledger)")
    ConsentEntry record(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @Valid @RequestBody RecordConsent body) {
        var source = body.source() == null ? ConsentSource.API : body.source();
        if (!source.declarable()) {
            throw ComplianceException.invalid(
                    "consent-source-not-declarable",
                    "source",
                    source + " is recorded by Switchboard itself; use WEB_FORM, API, CSV_IMPORT or AGENT.");
        }
        return consent.record(
                principal.workspaceId(),
                new ConsentChange(
                        new ContactId(id),
                        body.channelId() == null ? null : new ChannelId(body.channelId()),
                        body.purpose(),
                        body.state(),
                        source,
                        body.proof(),
                        Actors.of(principal),
                        null,
                        null));
    }

    /** Streams the whole ledger; cells a spreadsheet would run as formulas are prefixed with a quote. */
    @GetMapping("/api/v1/consent/export")
    @Operation(summary = "The workspace's consent ledger as CSV, oldest recorded first")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    void export(@AuthenticationPrincipal SwitchboardPrincipal principal, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"consent-ledger.csv\"");
        var out = response.getWriter();
        out.write(ConsentCsv.HEADER);
        consent.export(principal.workspaceId(), entry -> {
            out.write(ConsentCsv.line(entry));
            if (out.checkError()) {
                throw new UncheckedIOException(new IOException("The client closed the export"));
            }
        });
        out.flush();
    }
}
