package io.switchboard.contacts.internal;

import static io.switchboard.contacts.internal.ContactStore.ts;

import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moves everything of one contact ({@code :merged}) to another ({@code :kept}) and deletes the first. On a
 * conflict the kept contact wins: its names and property values stay, the merged one only fills gaps.
 */
@Repository
public class MergeStore {
    // Identities are unique per (workspace, kind, value), so moving them cannot collide.
    static final List<String> STATEMENTS = List.of("""
            update contacts_identity set contact_id = :kept where workspace_id = :workspace and contact_id = :merged""", """
            insert into contacts_contact_tag (workspace_id, contact_id, tag_id)
            select workspace_id, :kept, tag_id from contacts_contact_tag
             where workspace_id = :workspace and contact_id = :merged
            on conflict do nothing""", """
            delete from contacts_contact_tag where workspace_id = :workspace and contact_id = :merged""", """
            update contacts_property_value set contact_id = :kept
             where workspace_id = :workspace and contact_id = :merged
               and property_id not in (select k.property_id from contacts_property_value k
                                        where k.workspace_id = :workspace and k.contact_id = :kept)""", """
            delete from contacts_property_value where workspace_id = :workspace and contact_id = :merged""", """
            update contacts_note set contact_id = :kept where workspace_id = :workspace and contact_id = :merged""", """
            update contacts_contact set
                   display_name = coalesce(display_name, (select m.display_name from contacts_contact m
                                                           where m.workspace_id = :workspace and m.id = :merged)),
                   profile_name = coalesce(profile_name, (select m.profile_name from contacts_contact m
                                                           where m.workspace_id = :workspace and m.id = :merged)),
                   updated_at = :at
             where workspace_id = :workspace and id = :kept""", """
            delete from contacts_contact where workspace_id = :workspace and id = :merged""");

    private final JdbcClient jdbc;
    private final ContactEdits edits;

    MergeStore(JdbcClient jdbc, ContactEdits edits) {
        this.jdbc = jdbc;
        this.edits = edits;
    }

    /** Both contacts must exist in the workspace (the caller checks, in the same transaction). */
    public void merge(
            WorkspaceId workspace, ContactId kept, ContactId merged, @Nullable Instant lastActivity, Instant at) {
        for (var statement : STATEMENTS) {
            jdbc.sql(statement)
                    .param("workspace", workspace.value())
                    .param("kept", kept.value())
                    .param("merged", merged.value())
                    .param("at", ts(at))
                    .update();
        }
        if (lastActivity != null) {
            edits.touch(workspace, kept, lastActivity);
        }
    }
}
