package io.switchboard.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.compliance.KeywordManagement;
import io.switchboard.compliance.KeywordSet;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's opt-out and opt-in keywords per language. */
@RestController
@Tag(name = "Compliance")
class KeywordApiController {
    /** The keyword sets in the order they are matched. */
    record Keywords(@NotNull @Size(max = 30) List<@NotNull KeywordSet> sets) {}

    private final KeywordManagement keywords;

    KeywordApiController(KeywordManagement keywords) {
        this.keywords = keywords;
    }

    @GetMapping("/api/v1/compliance/keywords")
    @Operation(summary = "The opt-out and opt-in keywords (the defaults until the workspace sets its own)")
    Keywords get(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return new Keywords(keywords.keywords(principal.workspaceId()));
    }

    @PutMapping("/api/v1/compliance/keywords")
    @Operation(summary = "Replaces the keywords; an empty list restores the defaults")
    Keywords put(@AuthenticationPrincipal SwitchboardPrincipal principal, @Valid @RequestBody Keywords body) {
        requireManager(principal);
        return new Keywords(keywords.update(principal.workspaceId(), body.sets()));
    }

    static void requireManager(SwitchboardPrincipal principal) {
        if (!principal.canManage()) {
            throw new AccessDeniedException("Only owners and admins may change the keywords.");
        }
    }
}
