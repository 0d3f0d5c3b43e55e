package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.Audience;
import io.switchboard.campaigns.Campaign;
import io.switchboard.contacts.Contact;
import io.switchboard.contacts.ContactDirectory;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.SegmentManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.messaging.OutboundContent;
import io.switchboard.messaging.OutboundRequest;
import io.switchboard.messaging.SendSource;
import io.switchboard.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns an audience into contacts, and a contact into the request messaging decides on. */
@Component
public class Recipients {
    /**
     * @param contacts distinct contacts, in audience order
     * @param duplicates entries naming a contact already listed
     * @param unknownWaIds WhatsApp ids that are no contact yet (only when not creating them)
     * @param notFound contact ids that are not in this workspace
     */
    public record Resolved(
            List<ContactId> contacts, int duplicates, int unknownWaIds, int notFound, List<String> unknownNumbers) {}

    private final ContactManagement contacts;
    private final SegmentManagement segments;
    private final ContactDirectory directory;

    Recipients(ContactManagement contacts, SegmentManagement segments, ContactDirectory directory) {
        this.contacts = contacts;
        this.segments = segments;
        this.directory = directory;
    }

    /**
     * The explicit entries, then the segment's current members (read in chunks).
     *
     * @param create whether WhatsApp ids unknown here become contacts (at launch) or are only counted
     */
    public Resolved resolve(WorkspaceId ws, Audience audience, boolean create) {
        var seen = new LinkedHashSet<ContactId>();
        var unknownSeen = new java.util.HashSet<String>();
        var duplicates = 0;
        var unknown = 0;
        var notFound = 0;
        for (var id : audience.contactIds()) {
            try {
                contacts.get(ws, id);
            } catch (ContactException e) {
                notFound++;
                continue;
            }
            if (!seen.add(id)) {
                duplicates++;
            }
        }
        for (var raw : audience.waIds()) {
            var waId = raw.replaceAll("[^0-9]", "");
            if (waId.isEmpty()) {
                notFound++;
                continue;
            }
            var existing = contacts.findByWaId(ws, waId).map(Contact::id);
            if (existing.isEmpty() && !create) {
                if (unknownSeen.add(waId)) {
                    unknown++;
                } else {
                    duplicates++;
                }
                continue;
            }
            var id = existing.orElseGet(
                    () -> contacts.findOrCreateByWhatsApp(ws, new WhatsAppIdentity(waId, null, null, null)));
            if (!seen.add(id)) {
                duplicates++;
            }
        }
        if (audience.segmentId() != null) {
            ContactId after = null;
            List<ContactId> chunk;
            do {
                chunk = segments.memberIds(ws, audience.segmentId(), after, SegmentManagement.MAX_CHUNK);
                for (var id : chunk) {
                    if (!seen.add(id)) {
                        duplicates++;
                    }
                }
                after = chunk.isEmpty() ? null : chunk.getLast();
            } while (chunk.size() == SegmentManagement.MAX_CHUNK);
        }
        return new Resolved(new ArrayList<>(seen), duplicates, unknown, notFound, List.copyOf(unknownSeen));
    }

    /**
     * The contacts of audience entries {@code [from, to)} (contact ids first, then WhatsApp ids), creating
     * contacts for unknown WhatsApp ids; entries naming no contact of the workspace are left out.
     */
    public List<ContactId> chunk(WorkspaceId ws, Audience audience, int from, int to) {
        var ids = audience.contactIds();
        var listed = ids.subList(Math.min(from, ids.size()), Math.min(to, ids.size()));
        var known = listed.isEmpty() ? Map.<ContactId, Contact>of() : directory.byIds(ws, listed);
        var waIds = new ArrayList<String>();
        for (var i = Math.max(from, ids.size()); i < to; i++) {
            var waId = audience.waIds().get(i - ids.size()).replaceAll("[^0-9]", "");
            if (!waId.isEmpty()) {
                waIds.add(waId);
            }
        }
        // One read (and a few multi-row inserts for new numbers) for the whole chunk, not a few per entry.
        var byWaId = waIds.isEmpty() ? Map.<String, ContactId>of() : contacts.findOrCreateByWaIds(ws, waIds);
        var out = new ArrayList<ContactId>(to - from);
        for (var id : listed) {
            if (known.containsKey(id)) { // else not in this workspace (or deleted since): no recipient
                out.add(id);
            }
        }
        waIds.forEach(waId -> out.add(byWaId.get(waId)));
        return out;
    }

    /** What prices a message to this contact: its phone, else its WhatsApp id, else "OTHER". */
    public String pricingKey(WorkspaceId ws, ContactId id) {
        var contact = contacts.get(ws, id);
        if (contact.phone() != null) {
            return contact.phone();
        }
        return contact.waId() != null ? contact.waId() : "OTHER";
    }

    /** {@link #request} for each contact, with the contacts read once for the list when a parameter needs them. */
    public List<OutboundRequest> requests(WorkspaceId ws, Campaign campaign, List<ContactId> ids) {
        if (campaign.parameters().isEmpty() || ids.isEmpty()) {
            return ids.stream().map(id -> request(campaign, id, List.of())).toList();
        }
        var found = directory.byIds(ws, ids);
        return ids.stream()
                .map(id -> {
                    var contact = found.get(id);
                    if (contact == null) {
                        throw ContactException.notFound();
                    }
                    return request(
                            campaign,
                            id,
                            campaign.parameters().stream()
                                    .map(p -> value(p, contact))
                                    .toList());
                })
                .toList();
    }

    /** The campaign's template for this contact, with an idempotency key per campaign and contact. */
    public OutboundRequest request(WorkspaceId ws, Campaign campaign, ContactId contactId) {
        // Messaging loads the contact again for its policy: read it here only when a parameter needs it.
        var values = List.<String>of();
        if (!campaign.parameters().isEmpty()) {
            var contact = contacts.get(ws, contactId);
            values = campaign.parameters().stream().map(p -> value(p, contact)).toList();
        }
        return request(campaign, contactId, values);
    }

    private static OutboundRequest request(Campaign campaign, ContactId contactId, List<String> values) {
        return new OutboundRequest(
                contactId,
                campaign.channelId(),
                new OutboundContent.Template(campaign.templateName(), campaign.templateLanguage(), values),
                SendSource.CAMPAIGN,
                null,
                "campaign:" + campaign.id() + ":" + contactId,
                campaign.id().toString());
    }

    private static String value(Campaign.Parameter p, Contact contact) {
        if (p.value() != null) {
            return p.value();
        }
        @Nullable
        String field = switch (p.field() == null ? "" : p.field()) {
            case "name" -> contact.profileName();
            case "phone" -> contact.phone();
            case "wa_id" -> contact.waId();
            default -> null;
        };
        if (field == null || field.isBlank()) {
            return p.fallback() == null || p.fallback().isBlank() ? "-" : p.fallback();
        }
        return field;
    }
}
