package io.switchboard.contacts.internal;

import io.switchboard.contacts.Contact;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Runs a compiled segment: its count, its members newest first (keyset pages like the contact list) and its
 * member ids in id order (keyset chunks for campaigns). The one place where SQL text is assembled: the
 * {@code where} part joins predicates whose text is fixed in code ({@code SegmentCriteria}); every value is a
 * named parameter, so no input reaches the statement's text.
 */
@Repository
public class SegmentQueries {
    /** A definition turned into one SQL condition over {@code c} and its parameters. */
    public record Compiled(String where, Map<String, Object> params) {}

    static final String COUNT = "select count(*) from contacts_contact c where c.workspace_id = :workspace and (%s)";
    static final String MEMBERS = """
            select c.id, c.display_name, c.profile_name, c.last_activity_at, c.created_at, c.updated_at
              from contacts_contact c
             where c.workspace_id = :workspace and (%s)
               and (cast(:afterAt as timestamp with time zone) is null
                    or c.created_at < cast(:afterAt as timestamp with time zone)
                    or (c.created_at = cast(:afterAt as timestamp with time zone) and c.id < cast(:afterId as uuid)))
             order by c.created_at desc, c.id desc
             limit :limit""";
    static final String IDS = """
            select c.id from contacts_contact c
             where c.workspace_id = :workspace and (%s)
               and (cast(:after as uuid) is null or c.id > cast(:after as uuid))
             order by c.id
             limit :limit""";

    private final JdbcClient jdbc;
    private final ContactQueries contacts;

    SegmentQueries(JdbcClient jdbc, ContactQueries contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    public long count(WorkspaceId workspace, Compiled segment) {
        return jdbc.sql(COUNT.formatted(segment.where()))
                .params(segment.params())
                .param("workspace", workspace.value())
                .query(Long.class)
                .single();
    }

    /** Up to {@code limit} members after {@code after} (exclusive), newest first; an unknown after starts at the top. */
    public List<Contact> members(WorkspaceId workspace, Compiled segment, @Nullable ContactId after, int limit) {
        var afterAt = after == null
                ? null
                : jdbc.sql(ContactQueries.CREATED_AT)
                        .param("workspace", workspace.value())
                        .param("id", after.value())
                        .query(OffsetDateTime.class)
                        .optional()
                        .orElse(null);
        var bare = jdbc.sql(MEMBERS.formatted(segment.where()))
                .params(segment.params())
                .param("workspace", workspace.value())
                .param("afterAt", afterAt)
                .param("afterId", afterAt == null || after == null ? null : after.value())
                .param("limit", limit)
                .query((rs, n) -> ContactStore.contact(rs, Map.of()))
                .list();
        return contacts.withIdentities(workspace, bare);
    }

    /** Up to {@code limit} member ids greater than {@code after}, in id order. */
    public List<ContactId> ids(WorkspaceId workspace, Compiled segment, @Nullable ContactId after, int limit) {
        return jdbc.sql(IDS.formatted(segment.where()))
                .params(segment.params())
                .param("workspace", workspace.value())
                .param("after", after == null ? null : after.value())
                .param("limit", limit)
                .query((rs, n) -> new ContactId(rs.getObject("id", UUID.class)))
                .list();
    }
}
