package io.switchboard.campaigns;

import io.switchboard.contacts.ContactId;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who a campaign goes to: contacts of the workspace, and WhatsApp ids (digits, as a CSV of numbers gives
 * them; an unknown one becomes a contact at launch). Duplicates are allowed here and counted by the dry run.
 */
public record Audience(List<ContactId> contactIds, List<String> waIds) {
    /** The most recipients one campaign names. */
    public static final int MAX = 200_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Audience {
        contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
        waIds = waIds == null ? List.of() : List.copyOf(waIds);
    }

    public boolean isEmpty() {
        return contactIds.isEmpty() && waIds.isEmpty();
    }

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
