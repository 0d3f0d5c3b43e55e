package io.switchboard.campaigns;

import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.SegmentId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who a campaign goes to: contacts of the workspace, WhatsApp ids (digits, as a CSV of numbers gives them; an
 * unknown one becomes a contact at launch) and the members of a segment (counted by the dry run, taken at
 * launch). Duplicates are allowed here and counted by the dry run.
 */
public record Audience(
        List<ContactId> contactIds,
        List<String> waIds,
        @Nullable SegmentId segmentId) {
    /** The most recipients one campaign names explicitly (a segment's members are not limited). */
    public static final int MAX = 200_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Audience {
        contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
        waIds = waIds == null ? List.of() : List.copyOf(waIds);
    }

    public Audience(List<ContactId> contactIds, List<String> waIds) {
        this(contactIds, waIds, null);
    }

    public boolean isEmpty() {
        return contactIds.isEmpty() && waIds.isEmpty() && segmentId == null;
    }

    /** The entries named explicitly: contact ids and WhatsApp ids (not the segment's members). */
    public int size() {
        return contactIds.size() + waIds.size();
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The audience as stored with a campaign. */
    public static Audience fromJson(String json) {
        return JSON.readValue(json, Audience.class);
    }
}
