package io.switchboard.contacts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.Segment;
import io.switchboard.contacts.SegmentDefinition;
import io.switchboard.contacts.SegmentId;
import io.switchboard.contacts.SegmentManagement;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Segments: saved filters over contacts, their live count and their members. */
@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments")
class SegmentApiController {
    record SegmentRequest(@Nullable String name, @Nullable SegmentDefinition definition) {
        SegmentDefinition orEmpty() {
            return definition == null ? new SegmentDefinition(SegmentDefinition.Match.ALL, List.of()) : definition;
        }
    }

    record Count(long count) {}

    private final SegmentManagement segments;

    SegmentApiController(SegmentManagement segments) {
        this.segments = segments;
    }

    @GetMapping
    List<Segment> list(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return segments.list(principal.workspaceId());
    }

    @Operation(
            summary = "Create a segment",
            description = "definition: {match: all|any, conditions: [{kind, field, operator, value}]}. Unknown kinds,"
                    + " operators, tags, properties or campaigns, and values of the wrong type are refused with the"
                    + " condition named in errors (conditions[i].value).")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Segment create(@AuthenticationPrincipal SwitchboardPrincipal principal, @RequestBody SegmentRequest request) {
        return segments.create(principal.workspaceId(), request.name(), request.orEmpty());
    }

    @GetMapping("/{id}")
    Segment get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return segments.get(principal.workspaceId(), new SegmentId(id));
    }

    @Operation(summary = "Replace a segment's name and definition")
    @PutMapping("/{id}")
    Segment update(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestBody SegmentRequest request) {
        return segments.update(principal.workspaceId(), new SegmentId(id), request.name(), request.orEmpty());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        segments.delete(principal.workspaceId(), new SegmentId(id));
    }

    @Operation(summary = "Count the contacts a definition matches now", description = "Nothing is stored.")
    @PostMapping("/count")
    Count count(@AuthenticationPrincipal SwitchboardPrincipal principal, @RequestBody SegmentDefinition definition) {
        return new Count(segments.count(principal.workspaceId(), definition));
    }

    @Operation(
            summary = "A segment's members",
            description =
                    "Newest first, like /api/v1/contacts; the X-Next-After header gives 'after' for the next page.")
    @GetMapping("/{id}/contacts")
    ResponseEntity<List<ContactResource>> contacts(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID after,
            @RequestParam(defaultValue = "50") int limit) {
        var page = segments.members(
                principal.workspaceId(), new SegmentId(id), after == null ? null : new ContactId(after), limit);
        var response = ResponseEntity.ok();
        if (page.next() != null) {
            response.header(ContactApiController.NEXT, page.next().toString());
        }
        return response.body(page.contacts().stream().map(ContactResource::of).toList());
    }
}
