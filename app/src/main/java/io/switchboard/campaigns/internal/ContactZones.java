package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.SendWindow;
import io.switchboard.contacts.Contact;
import io.switchboard.contacts.ContactDetails;
import io.switchboard.contacts.ContactDirectory;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.ContactProperties;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A contact's time zone for a send window: the contact's {@code time_zone} property (an IANA id) when the
 * workspace defines that property and the value is a valid zone; else the zone of the phone's country when
 * the country has a single one ({@link #BY_CALLING_CODE}); else (several zones, as in the US, Canada, Brazil,
 * Mexico, Russia, Australia, Indonesia, or an unknown code) the workspace's zone.
 */
@Component
public class ContactZones {
    /** The property a workspace may define to give contacts their zone. */
    public static final String PROPERTY = "time_zone";

    /** Where a contact's zone came from. */
    public enum Source {
        PROPERTY,
        PHONE,
        WORKSPACE
    }

    public record Zone(ZoneId zone, Source source) {}

    /** Country calling codes of common countries with one time zone on the mainland. */
    static final Map<String, ZoneId> BY_CALLING_CODE = Map.ofEntries(
            Map.entry("39", ZoneId.of("Europe/Rome")),
            Map.entry("34", ZoneId.of("Europe/Madrid")),
            Map.entry("33", ZoneId.of("Europe/Paris")),
            Map.entry("49", ZoneId.of("Europe/Berlin")),
            Map.entry("44", ZoneId.of("Europe/London")),
            Map.entry("31", ZoneId.of("Europe/Amsterdam")),
            Map.entry("32", ZoneId.of("Europe/Brussels")),
            Map.entry("351", ZoneId.of("Europe/Lisbon")),
            Map.entry("41", ZoneId.of("Europe/Zurich")),
            Map.entry("43", ZoneId.of("Europe/Vienna")),
            Map.entry("353", ZoneId.of("Europe/Dublin")),
            Map.entry("48", ZoneId.of("Europe/Warsaw")),
            Map.entry("46", ZoneId.of("Europe/Stockholm")),
            Map.entry("47", ZoneId.of("Europe/Oslo")),
            Map.entry("45", ZoneId.of("Europe/Copenhagen")),
            Map.entry("358", ZoneId.of("Europe/Helsinki")),
            Map.entry("30", ZoneId.of("Europe/Athens")),
            Map.entry("90", ZoneId.of("Europe/Istanbul")),
            Map.entry("91", ZoneId.of("Asia/Kolkata")),
            Map.entry("971", ZoneId.of("Asia/Dubai")),
            Map.entry("966", ZoneId.of("Asia/Riyadh")),
            Map.entry("972", ZoneId.of("Asia/Jerusalem")),
            Map.entry("20", ZoneId.of("Africa/Cairo")),
            Map.entry("234", ZoneId.of("Africa/Lagos")),
            Map.entry("27", ZoneId.of("Africa/Johannesburg")),
            Map.entry("254", ZoneId.of("Africa/Nairobi")),
            Map.entry("54", ZoneId.of("America/Argentina/Buenos_Aires")),
            Map.entry("57", ZoneId.of("America/Bogota")),
            Map.entry("56", ZoneId.of("America/Santiago")),
            Map.entry("51", ZoneId.of("America/Lima")),
            Map.entry("81", ZoneId.of("Asia/Tokyo")),
            Map.entry("82", ZoneId.of("Asia/Seoul")),
            Map.entry("65", ZoneId.of("Asia/Singapore")),
            Map.entry("63", ZoneId.of("Asia/Manila")),
            Map.entry("66", ZoneId.of("Asia/Bangkok")),
            Map.entry("84", ZoneId.of("Asia/Ho_Chi_Minh")),
            Map.entry("60", ZoneId.of("Asia/Kuala_Lumpur")),
            Map.entry("64", ZoneId.of("Pacific/Auckland")));

    private final WorkspaceManagement workspaces;
    private final ContactProperties properties;
    private final ContactDirectory directory;
    private final ContactManagement contacts;

    ContactZones(
            WorkspaceManagement workspaces,
            ContactProperties properties,
            ContactDirectory directory,
            ContactManagement contacts) {
        this.workspaces = workspaces;
        this.properties = properties;
        this.directory = directory;
        this.contacts = contacts;
    }

    /** The workspace's zone (UTC if the stored id is not a valid zone). */
    public ZoneId workspaceZone(WorkspaceId ws) {
        return zone(workspaces.get(ws).timeZone()).orElse(ZoneOffset.UTC);
    }

    /** Whether the workspace defines the {@code time_zone} contact property. */
    public boolean hasZoneProperty(WorkspaceId ws) {
        return properties.list(ws).stream().anyMatch(p -> p.key().equals(PROPERTY));
    }

    /**
     * The zone of a contact of the workspace.
     *
     * @param byProperty whether to read the {@code time_zone} property (see {@link #hasZoneProperty})
     */
    public Zone of(WorkspaceId ws, ContactId id, boolean byProperty, ZoneId fallback) {
        if (byProperty) {
            var details = directory.details(ws, id);
            return of(details.properties().get(PROPERTY), details.contact(), fallback);
        }
        return of(null, contacts.get(ws, id), fallback);
    }

    /** The zone given by a {@code time_zone} value when valid, else by the contact's number, else the fallback. */
    private static Zone of(@Nullable Object property, Contact contact, ZoneId fallback) {
        if (property instanceof String s) {
            var zone = zone(s);
            if (zone.isPresent()) {
                return new Zone(zone.get(), Source.PROPERTY);
            }
        }
        return ofNumber(contact.phone() != null ? contact.phone() : contact.waId(), fallback);
    }

    /**
     * When a recipient may be handed over: from {@code notBefore} until {@code notAfter} (the window's close;
     * none without a window), and the zone to find its next opening in once that one has passed.
     */
    public record Slot(
            Instant notBefore,
            @Nullable Instant notAfter,
            @Nullable ZoneId zone) {
        public static Slot now(Instant now) {
            return new Slot(now, null, null);
        }

        /** The opening of {@code window} in {@code zone} that is current at {@code now}, or the next one. */
        public static Slot of(SendWindow window, ZoneId zone, Instant now) {
            var opens = window.notBefore(now, zone);
            return new Slot(opens, window.closes(opens, zone), zone);
        }
    }

    /**
     * When each contact may be reached under the window ({@code null} window: all at {@code now}, for good), in
     * the given order.
     */
    public Map<ContactId, Slot> slots(WorkspaceId ws, @Nullable SendWindow window, List<ContactId> ids, Instant now) {
        var out = new LinkedHashMap<ContactId, Slot>();
        if (window == null) {
            ids.forEach(id -> out.put(id, Slot.now(now)));
            return out;
        }
        var fallback = workspaceZone(ws);
        // The contacts (and their property values when needed) in one read for the list, not per contact.
        var byProperty = hasZoneProperty(ws);
        var details = byProperty ? directory.detailsByIds(ws, ids) : Map.<ContactId, ContactDetails>of();
        var found = byProperty ? Map.<ContactId, Contact>of() : directory.byIds(ws, ids);
        for (var id : ids) {
            var contact =
                    byProperty ? (details.containsKey(id) ? details.get(id).contact() : null) : found.get(id);
            if (contact == null) {
                throw ContactException.notFound();
            }
            var value = byProperty ? details.get(id).properties().get(PROPERTY) : null;
            out.put(id, Slot.of(window, of(value, contact, fallback).zone(), now));
        }
        return out;
    }

    /** The zone a phone number (E.164 or digits) gives, else the fallback. */
    public static Zone ofNumber(@Nullable String number, ZoneId fallback) {
        if (number != null) {
            var digits = number.replaceAll("[^0-9]", "");
            // Calling codes are prefix-free: the first of 1, 2 or 3 digits that is a code is the code.
            for (var length = 1; length <= 3 && length <= digits.length(); length++) {
                var zone = BY_CALLING_CODE.get(digits.substring(0, length));
                if (zone != null) {
                    return new Zone(zone, Source.PHONE);
                }
            }
        }
        return new Zone(fallback, Source.WORKSPACE);
    }

    private static Optional<ZoneId> zone(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
