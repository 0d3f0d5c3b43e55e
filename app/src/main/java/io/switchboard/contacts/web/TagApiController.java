package io.switchboard.contacts.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.contacts.ContactTags;
import io.switchboard.contacts.TagId;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

/** The workspace's contact tags; owners and admins change them. */
@RestController
@RequestMapping("/api/v1/tags")
@Tag(name = "Contact tags")
class TagApiController {
    /** {@code colour}: #rrggbb, grey when absent. On PATCH, absent fields stay. */
    record TagRequest(@Nullable String name, @Nullable String colour) {}

    private final ContactTags tags;

    TagApiController(ContactTags tags) {
        this.tags = tags;
    }

    @GetMapping
    List<io.switchboard.contacts.Tag> list(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return tags.list(principal.workspaceId());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    io.switchboard.contacts.Tag create(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @RequestBody TagRequest request) {
        requireManager(principal);
        return tags.create(principal.workspaceId(), request.name() == null ? "" : request.name(), request.colour());
    }

    @PatchMapping("/{id}")
    io.switchboard.contacts.Tag update(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestBody TagRequest request) {
        requireManager(principal);
        return tags.update(principal.workspaceId(), new TagId(id), request.name(), request.colour());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        requireManager(principal);
        tags.delete(principal.workspaceId(), new TagId(id));
    }

    static void requireManager(SwitchboardPrincipal me) {
        if (!me.canManage()) {
            throw new AccessDeniedException("Only owners and admins may change tags and properties.");
        }
    }
}
