package io.switchboard.contacts.internal;

import static io.switchboard.contacts.internal.ContactStore.ts;

import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactNote;
import io.switchboard.workspace.WorkspaceId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code contacts_note}: free-text notes on a contact, newest first. */
@Repository
public class ContactNoteStore {
    static final String INSERT = """
            insert into contacts_note (id, workspace_id, contact_id, author_id, author_name, body, created_at)
            values (:id, :workspace, :contact, :author, :name, :body, :at)""";
    static final String LIST = """
            select id, author_id, author_name, body, created_at from contacts_note
             where workspace_id = :workspace and contact_id = :contact order by created_at desc, id""";

    private final JdbcClient jdbc;

    ContactNoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId workspace, ContactId contact, ContactNote note) {
        jdbc.sql(INSERT)
                .param("id", note.id())
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("author", note.authorId())
                .param("name", note.authorName())
                .param("body", note.body())
                .param("at", ts(note.createdAt()))
                .update();
    }

    public List<ContactNote> list(WorkspaceId workspace, ContactId contact) {
        return jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .query((rs, n) -> new ContactNote(
                        rs.getObject("id", UUID.class),
                        rs.getObject("author_id", UUID.class),
                        rs.getString("author_name"),
                        rs.getString("body"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
