package io.switchboard.contacts.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.contacts.Contact;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finds contacts by WhatsApp id or phone number and reads one contact. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts")
class ContactApiController {
    private final ContactManagement contacts;

    ContactApiController(ContactManagement contacts) {
        this.contacts = contacts;
    }

    /** The contacts matching {@code wa_id} or {@code phone} (E.164; at most one matches). */
    @GetMapping
    List<Contact> find(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @RequestParam(name = "wa_id", required = false) @Nullable String waId,
            @RequestParam(required = false) @Nullable String phone) {
        var workspace = principal.workspaceId();
        if (waId != null && !waId.isBlank()) {
            return contacts.findByWaId(workspace, waId.trim()).stream().toList();
        }
        if (phone != null && !phone.isBlank()) {
            return contacts.findByPhone(workspace, phone).stream().toList();
        }
        throw new ContactException(
                ContactException.Kind.INVALID, "contact-query-missing", "Give wa_id or phone to find a contact.");
    }

    @GetMapping("/{id}")
    Contact get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return contacts.get(principal.workspaceId(), new ContactId(id));
    }
}
