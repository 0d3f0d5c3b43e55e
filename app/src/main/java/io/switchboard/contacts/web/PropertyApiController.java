package io.switchboard.contacts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.contacts.ContactProperties;
import io.switchboard.contacts.PropertyDefinition;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Definitions of typed custom contact properties; values are set on the contact (PATCH /api/v1/contacts/{id}). */
@RestController
@RequestMapping("/api/v1/contact-properties")
@Tag(name = "Contact properties")
class PropertyApiController {
    /**
     * @param type text, number, date, boolean, single_select or multi_select; cannot change later
     * @param options the choices of a select type
     */
    record PropertyRequest(
            @Nullable String key,
            @Nullable String label,
            @Nullable String type,
            @Nullable List<String> options) {}

    private final ContactProperties properties;

    PropertyApiController(ContactProperties properties) {
        this.properties = properties;
    }

    @GetMapping
    List<PropertyDefinition> list(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return properties.list(principal.workspaceId());
    }

    @GetMapping("/{id}")
    PropertyDefinition get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return properties.get(principal.workspaceId(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PropertyDefinition create(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @RequestBody PropertyRequest request) {
        TagApiController.requireManager(principal);
        return properties.create(
                principal.workspaceId(),
                request.key() == null ? "" : request.key(),
                request.label() == null ? "" : request.label(),
                request.type() == null ? "" : request.type(),
                request.options());
    }

    @Operation(summary = "Change the label or options", description = "Values that chose a removed option lose it.")
    @PatchMapping("/{id}")
    PropertyDefinition update(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestBody PropertyRequest request) {
        TagApiController.requireManager(principal);
        return properties.update(principal.workspaceId(), id, request.label(), request.options());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        TagApiController.requireManager(principal);
        properties.delete(principal.workspaceId(), id);
    }
}
