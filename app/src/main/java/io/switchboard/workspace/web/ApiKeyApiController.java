package io.switchboard.workspace.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.workspace.ApiKey;
import io.switchboard.workspace.ApiKeyId;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API keys of the workspace. The secret appears once, in the answer to its creation. */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys")
class ApiKeyApiController {
    record CreateKey(@NotBlank @Size(max = 100) String name) {}

    record CreatedKey(UUID id, String name, String prefix, Instant createdAt, String secret) {}

    private final ApiKeyManagement keys;

    ApiKeyApiController(ApiKeyManagement keys) {
        this.keys = keys;
    }

    @GetMapping
    List<ApiKey> list(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        ApiAccess.requireManager(principal);
        return keys.keys(principal.workspaceId());
    }

    @GetMapping("/{id}")
    ApiKey get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        ApiAccess.requireManager(principal);
        return keys.key(principal.workspaceId(), new ApiKeyId(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedKey create(@AuthenticationPrincipal SwitchboardPrincipal principal, @Valid @RequestBody CreateKey request) {
        ApiAccess.requireManager(principal);
        var created = keys.create(principal.workspaceId(), request.name(), principal.userId());
        var key = created.key();
        return new CreatedKey(key.id().value(), key.name(), key.prefix(), key.createdAt(), created.secret());
    }

    /** Revokes the key; it stops working at once. Revoking the key making the call is allowed. */
    @DeleteMapping("/{id}")
    ApiKey revoke(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        ApiAccess.requireManager(principal);
        return keys.revoke(principal.workspaceId(), new ApiKeyId(id));
    }
}
