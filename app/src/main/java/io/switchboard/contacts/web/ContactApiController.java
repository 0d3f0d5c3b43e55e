package io.switchboard.contacts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.contacts.ContactDirectory;
import io.switchboard.contacts.ContactEditor;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.TagId;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contacts: find by WhatsApp id or phone, list with search and filters, create, change, delete, merge. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts")
class ContactApiController {
    /** The header with the {@code after} value of the next page; absent on the last page. */
    static final String NEXT = "X-Next-After";

    record Merge(@Nullable UUID from) {}

    private final ContactManagement contacts;
    private final ContactDirectory directory;
    private final ContactEditor editor;

    ContactApiController(ContactManagement contacts, ContactDirectory directory, ContactEditor editor) {
        this.contacts = contacts;
        this.directory = directory;
        this.editor = editor;
    }

    @Operation(
            summary = "Find or list contacts",
            description = "With wa_id or phone (E.164): the one contact that has it, if any. Otherwise the contacts"
                    + " matching the filters, newest first; the X-Next-After header gives 'after' for the next page.")
    @GetMapping
    ResponseEntity<List<ContactResource>> list(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @RequestParam(name = "wa_id", required = false) @Nullable String waId,
            @RequestParam(required = false) @Nullable String phone,
            @ParameterObject ContactQuery query,
            @RequestParam(required = false) @Nullable UUID after,
            @RequestParam(defaultValue = "50") int limit) {
        var workspace = principal.workspaceId();
        var found = waId != null && !waId.isBlank()
                ? contacts.findByWaId(workspace, waId.trim())
                : phone != null && !phone.isBlank() ? contacts.findByPhone(workspace, phone) : null;
        if (found != null) {
            return ResponseEntity.ok(
                    found.map(c -> List.of(resource(principal, c.id()))).orElse(List.of()));
        }
        var page = directory.list(workspace, query.filter(), after == null ? null : new ContactId(after), limit);
        var response = ResponseEntity.ok();
        if (page.next() != null) {
            response.header(NEXT, page.next().toString());
        }
        return response.body(page.contacts().stream().map(ContactResource::of).toList());
    }

    @GetMapping("/{id}")
    ContactResource get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return resource(principal, new ContactId(id));
    }

    @Operation(summary = "Create a contact", description = "Property values are checked against their types.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ContactResource create(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @RequestBody ContactRequest request) {
        var tagIds = request.tags() == null
                ? List.<TagId>of()
                : request.tags().stream().map(TagId::new).toList();
        return resource(principal, editor.create(principal.workspaceId(), request.change(), tagIds));
    }

    @Operation(summary = "Change a contact", description = "Absent fields stay; a property set to null is removed.")
    @PatchMapping("/{id}")
    ContactResource change(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestBody ContactRequest request) {
        if (request.tags() != null) {
            throw ContactException.invalid(
                    "tags", "Change tags with PUT or DELETE /api/v1/contacts/{id}/tags/{tagId}.");
        }
        editor.change(principal.workspaceId(), new ContactId(id), request.change());
        return resource(principal, new ContactId(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        editor.delete(principal.workspaceId(), new ContactId(id));
    }

    @Operation(
            summary = "Merge another contact into this one",
            description = "Identities, tags, property values, notes, messages and conversations of 'from' move here;"
                    + " on a conflict this contact's values stay. 'from' is deleted.")
    @PostMapping("/{id}/merge")
    ContactResource merge(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id, @RequestBody Merge merge) {
        if (merge.from() == null) {
            throw ContactException.invalid("from", "Give the id of the contact to merge into this one.");
        }
        editor.merge(principal.workspaceId(), new ContactId(id), new ContactId(merge.from()));
        return resource(principal, new ContactId(id));
    }

    private ContactResource resource(SwitchboardPrincipal principal, ContactId id) {
        return ContactResource.of(directory.details(principal.workspaceId(), id));
    }
}
