package io.switchboard.contacts.internal;

import static io.switchboard.contacts.internal.ContactStore.ts;

import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.Tag;
import io.switchboard.contacts.TagId;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code contacts_tag} and which contacts carry which tag ({@code contacts_contact_tag}). */
@Repository
public class TagStore {
    static final String INSERT = """
            insert into contacts_tag (id, workspace_id, name, name_key, colour, created_at)
            values (:id, :workspace, :name, :key, :colour, :at)
            on conflict do nothing""";
    static final String UPDATE = """
            update contacts_tag set name = :name, name_key = :key, colour = :colour
             where workspace_id = :workspace and id = :id""";
    static final String LIST =
            "select id, name, colour from contacts_tag where workspace_id = :workspace order by name_key";
    static final String GET = "select id, name, colour from contacts_tag where workspace_id = :workspace and id = :id";
    static final String BY_NAME =
            "select id, name, colour from contacts_tag where workspace_id = :workspace and name_key = :key";
    static final String DELETE_LINKS =
            "delete from contacts_contact_tag where workspace_id = :workspace and tag_id = :id";
    static final String DELETE = "delete from contacts_tag where workspace_id = :workspace and id = :id";
    static final String ATTACH = """
            insert into contacts_contact_tag (workspace_id, contact_id, tag_id) values (:workspace, :contact, :tag)
            on conflict do nothing""";
    static final String DETACH = """
            delete from contacts_contact_tag where workspace_id = :workspace and contact_id = :contact and tag_id = :tag""";
    static final String OF_CONTACTS = """
            select ct.contact_id, t.id, t.name, t.colour from contacts_contact_tag ct
              join contacts_tag t on t.workspace_id = ct.workspace_id and t.id = ct.tag_id
             where ct.workspace_id = :workspace and ct.contact_id in (:contacts)
             order by t.name_key""";

    private final JdbcClient jdbc;

    TagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False if the workspace has a tag of that name (in any case) already. */
    public boolean insert(WorkspaceId workspace, Tag tag, Instant at) {
        return jdbc.sql(INSERT)
                        .param("id", tag.id().value())
                        .param("workspace", workspace.value())
                        .param("name", tag.name())
                        .param("key", key(tag.name()))
                        .param("colour", tag.colour())
                        .param("at", ts(at))
                        .update()
                == 1;
    }

    public void update(WorkspaceId workspace, Tag tag) {
        jdbc.sql(UPDATE)
                .param("workspace", workspace.value())
                .param("id", tag.id().value())
                .param("name", tag.name())
                .param("key", key(tag.name()))
                .param("colour", tag.colour())
                .update();
    }

    public List<Tag> list(WorkspaceId workspace) {
        return jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .query(TagStore::tag)
                .list();
    }

    public Optional<Tag> get(WorkspaceId workspace, TagId id) {
        return jdbc.sql(GET)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query(TagStore::tag)
                .optional();
    }

    public Optional<Tag> byName(WorkspaceId workspace, String name) {
        return jdbc.sql(BY_NAME)
                .param("workspace", workspace.value())
                .param("key", key(name))
                .query(TagStore::tag)
                .optional();
    }

    public boolean delete(WorkspaceId workspace, TagId id) {
        jdbc.sql(DELETE_LINKS)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .update();
        return jdbc.sql(DELETE)
                        .param("workspace", workspace.value())
                        .param("id", id.value())
                        .update()
                == 1;
    }

    public void attach(WorkspaceId workspace, ContactId contact, TagId tag) {
        link(ATTACH, workspace, contact, tag);
    }

    public void detach(WorkspaceId workspace, ContactId contact, TagId tag) {
        link(DETACH, workspace, contact, tag);
    }

    /** The tags of each of these contacts, by name; contacts without tags are absent. */
    public Map<UUID, List<Tag>> of(WorkspaceId workspace, Collection<UUID> contacts) {
        var out = new HashMap<UUID, List<Tag>>();
        if (contacts.isEmpty()) {
            return out;
        }
        jdbc.sql(OF_CONTACTS)
                .param("workspace", workspace.value())
                .param("contacts", contacts)
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject("contact_id", UUID.class), k -> new ArrayList<>())
                            .add(tag(rs, 0));
                });
        return out;
    }

    private void link(String sql, WorkspaceId workspace, ContactId contact, TagId tag) {
        jdbc.sql(sql)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("tag", tag.value())
                .update();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Tag tag(ResultSet rs, int row) throws SQLException {
        return new Tag(new TagId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("colour"));
    }
}
