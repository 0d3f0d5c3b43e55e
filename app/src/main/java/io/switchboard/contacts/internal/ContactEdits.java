package io.switchboard.contacts.internal;

import static io.switchboard.contacts.internal.ContactStore.ts;

import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts made and changed by people (UI, API), as opposed to those WhatsApp tells us of. */
@Repository
public class ContactEdits {
    /** One identity row, for the contact page (a contact may keep several of a kind). */
    public record IdentityRow(IdentityKind kind, String value) {}

    static final String INSERT = """
            insert into contacts_contact (id, workspace_id, display_name, created_at, updated_at)
            values (:id, :workspace, :name, :at, :at)""";
    static final String RENAME = """
            update contacts_contact set display_name = :name, updated_at = :at
             where workspace_id = :workspace and id = :id""";
    static final String UPDATED =
            "update contacts_contact set updated_at = :at where workspace_id = :workspace and id = :id";
    static final String TAKEN_BY = """
            select contact_id from contacts_identity
             where workspace_id = :workspace and kind = :kind and identity_value = :value""";
    static final String DROP_KIND = """
            delete from contacts_identity where workspace_id = :workspace and contact_id = :contact and kind = :kind""";
    static final String ADD_IDENTITY = """
            insert into contacts_identity (id, workspace_id, contact_id, kind, identity_value, created_at)
            values (:id, :workspace, :contact, :kind, :value, :at)""";
    static final String ALL_IDENTITIES = """
            select kind, identity_value from contacts_identity
             where workspace_id = :workspace and contact_id = :contact order by kind, created_at""";
    // Messages can arrive out of order (Meta redelivers late): the time only moves forward.
    static final String TOUCH = """
            update contacts_contact set last_activity_at = :at
             where workspace_id = :workspace and id = :id and (last_activity_at is null or last_activity_at < :at)""";
    static final String TOUCH_ALL = """
            update contacts_contact set last_activity_at = :at
             where workspace_id = :workspace and id in (:ids) and (last_activity_at is null or last_activity_at < :at)""";
    static final List<String> DELETE = List.of(
            "delete from contacts_identity where workspace_id = :workspace and contact_id = :id",
            "delete from contacts_contact_tag where workspace_id = :workspace and contact_id = :id",
            "delete from contacts_property_value where workspace_id = :workspace and contact_id = :id",
            "delete from contacts_note where workspace_id = :workspace and contact_id = :id",
            "delete from contacts_contact where workspace_id = :workspace and id = :id");

    private final JdbcClient jdbc;

    ContactEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId workspace, ContactId id, @Nullable String displayName, Instant at) {
        jdbc.sql(INSERT)
                .param("id", id.value())
                .param("workspace", workspace.value())
                .param("name", displayName)
                .param("at", ts(at))
                .update();
    }

    public void rename(WorkspaceId workspace, ContactId id, @Nullable String displayName, Instant at) {
        jdbc.sql(RENAME)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("name", displayName)
                .param("at", ts(at))
                .update();
    }

    public void updated(WorkspaceId workspace, ContactId id, Instant at) {
        jdbc.sql(UPDATED)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("at", ts(at))
                .update();
    }

    /** The contact that has this identity, if any. */
    public @Nullable UUID owner(WorkspaceId workspace, IdentityKind kind, String value) {
        return jdbc.sql(TAKEN_BY)
                .param("workspace", workspace.value())
                .param("kind", kind.name())
                .param("value", value)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** Replaces the contact's identities of this kind by {@code value}; {@code null} removes them. */
    public void replace(WorkspaceId workspace, ContactId id, IdentityKind kind, @Nullable String value, Instant at) {
        jdbc.sql(DROP_KIND)
                .param("workspace", workspace.value())
                .param("contact", id.value())
                .param("kind", kind.name())
                .update();
        if (value != null) {
            jdbc.sql(ADD_IDENTITY)
                    .param("id", UUID.randomUUID())
                    .param("workspace", workspace.value())
                    .param("contact", id.value())
                    .param("kind", kind.name())
                    .param("value", value)
                    .param("at", ts(at))
                    .update();
        }
    }

    public List<IdentityRow> identities(WorkspaceId workspace, ContactId id) {
        return jdbc.sql(ALL_IDENTITIES)
                .param("workspace", workspace.value())
                .param("contact", id.value())
                .query((rs, n) ->
                        new IdentityRow(IdentityKind.valueOf(rs.getString("kind")), rs.getString("identity_value")))
                .list();
    }

    public void touchAll(WorkspaceId workspace, java.util.Collection<ContactId> ids, Instant at) {
        var list = ids.stream().map(ContactId::value).distinct().toList();
        for (var from = 0; from < list.size(); from += 1000) {
            jdbc.sql(TOUCH_ALL)
                    .param("workspace", workspace.value())
                    .param("ids", list.subList(from, Math.min(list.size(), from + 1000)))
                    .param("at", ts(at))
                    .update();
        }
    }

    public void touch(WorkspaceId workspace, ContactId id, Instant at) {
        jdbc.sql(TOUCH)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("at", ts(at))
                .update();
    }

    /** Deletes the contact with its identities, tags, property values and notes; false if it was not there. */
    public boolean delete(WorkspaceId workspace, ContactId id) {
        var deleted = 0;
        for (var statement : DELETE) {
            deleted = jdbc.sql(statement)
                    .param("workspace", workspace.value())
                    .param("id", id.value())
                    .update();
        }
        return deleted > 0;
    }
}
