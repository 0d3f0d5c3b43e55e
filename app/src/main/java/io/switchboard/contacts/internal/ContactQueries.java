package io.switchboard.contacts.internal;

import io.switchboard.contacts.Contact;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contact list: search, filters and keyset pages (newest first, on {@code contacts_contact_ws_ix}).
 * Optional filters are "{@code cast(:x as …) is null or …}" so one statement serves every combination on
 * both engines; each filter is an {@code exists} on a table keyed by (workspace, contact).
 */
@Repository
public class ContactQueries {
    /** The filters in stored form: the query as a lower-case LIKE pattern, the property value as its item. */
    public record Criteria(
            @Nullable String pattern,
            @Nullable UUID tag,
            @Nullable UUID property,
            @Nullable String item,
            @Nullable IdentityKind kind,
            @Nullable Instant activeBefore,
            @Nullable Instant activeAfter) {}

    static final String LIST = """
            select c.id, c.display_name, c.profile_name, c.last_activity_at, c.created_at, c.updated_at
              from contacts_contact c
             where c.workspace_id = :workspace
               and (cast(:pattern as varchar) is null
                    or lower(coalesce(c.display_name, '')) like cast(:pattern as varchar)
                    or lower(coalesce(c.profile_name, '')) like cast(:pattern as varchar)
                    or exists (select 1 from contacts_identity i
                                where i.workspace_id = c.workspace_id and i.contact_id = c.id
                                  and lower(i.identity_value) like cast(:pattern as varchar)))
               and (cast(:tag as uuid) is null or exists (select 1 from contacts_contact_tag t
                     where t.workspace_id = c.workspace_id and t.contact_id = c.id and t.tag_id = cast(:tag as uuid)))
               and (cast(:property as uuid) is null or exists (select 1 from contacts_property_value v
                     where v.workspace_id = c.workspace_id and v.contact_id = c.id
                       and v.property_id = cast(:property as uuid) and v.item = cast(:item as varchar)))
               and (cast(:kind as varchar) is null or exists (select 1 from contacts_identity k
                     where k.workspace_id = c.workspace_id and k.contact_id = c.id and k.kind = cast(:kind as varchar)))
               and (cast(:before as timestamp with time zone) is null
                    or c.last_activity_at < cast(:before as timestamp with time zone))
               and (cast(:since as timestamp with time zone) is null
                    or c.last_activity_at >= cast(:since as timestamp with time zone))
               and (cast(:afterAt as timestamp with time zone) is null
                    or c.created_at < cast(:afterAt as timestamp with time zone)
                    or (c.created_at = cast(:afterAt as timestamp with time zone) and c.id < cast(:afterId as uuid)))
             order by c.created_at desc, c.id desc
             limit :limit""";
    // The inbox search by name or part of a number: ids only, each branch newest first and capped on its own,
    // so the planner walks contacts_contact_ws_ix when many match and uses the trigram indexes of PostgreSQL
    // (contacts V5) when few do. LIST's OR cannot use them: its identity branch is a correlated exists.
    static final String MATCHING = """
            select id from (
              (select n.id, n.created_at from contacts_contact n
                where n.workspace_id = :workspace
                  and (lower(coalesce(n.display_name, '')) like :pattern
                       or lower(coalesce(n.profile_name, '')) like :pattern)
                order by n.created_at desc, n.id desc
                limit :limit)
              union
              (select c.id, c.created_at from contacts_identity i
                 join contacts_contact c on c.workspace_id = i.workspace_id and c.id = i.contact_id
                where i.workspace_id = :workspace and lower(i.identity_value) like :pattern
                order by c.created_at desc, c.id desc
                limit :limit)) m
             order by created_at desc, id desc
             limit :limit""";
    static final String BY_IDS = """
            select id, display_name, profile_name, last_activity_at, created_at, updated_at from contacts_contact
             where workspace_id = :workspace and id in (:ids)""";
    static final String CREATED_AT =
            "select created_at from contacts_contact where workspace_id = :workspace and id = :id";
    static final String IDENTITIES = """
            select contact_id, kind, identity_value from contacts_identity
             where workspace_id = :workspace and contact_id in (:contacts) order by created_at""";

    private final JdbcClient jdbc;

    ContactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} contacts after {@code after} (exclusive); an unknown {@code after} starts at the top. */
    public List<Contact> list(WorkspaceId workspace, Criteria criteria, @Nullable ContactId after, int limit) {
        var afterAt = after == null
                ? null
                : jdbc.sql(CREATED_AT)
                        .param("workspace", workspace.value())
                        .param("id", after.value())
                        .query(OffsetDateTime.class)
                        .optional()
                        .orElse(null);
        var bare = jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .param("pattern", criteria.pattern())
                .param("tag", criteria.tag())
                .param("property", criteria.property())
                .param("item", criteria.item())
                .param("kind", criteria.kind() == null ? null : criteria.kind().name())
                .param("before", ContactStore.tsOrNull(criteria.activeBefore()))
                .param("since", ContactStore.tsOrNull(criteria.activeAfter()))
                .param("afterAt", afterAt)
                .param("afterId", afterAt == null || after == null ? null : after.value())
                .param("limit", limit)
                .query((rs, n) -> ContactStore.contact(rs, Map.of()))
                .list();
        return withIdentities(workspace, bare);
    }

    /**
     * The ids of up to {@code limit} contacts whose name or an identity matches {@code pattern} (a lower-case
     * LIKE pattern), newest first: the order and matches of {@link #list} with only a pattern.
     */
    public List<ContactId> matching(WorkspaceId workspace, String pattern, int limit) {
        return jdbc.sql(MATCHING)
                .param("workspace", workspace.value())
                .param("pattern", pattern)
                .param("limit", limit)
                .query((rs, n) -> new ContactId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** The contacts read without identities ({@code ContactStore.contact(rs, Map.of())}), completed. */
    public List<Contact> withIdentities(WorkspaceId workspace, List<Contact> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        var identities =
                identities(workspace, bare.stream().map(c -> c.id().value()).toList());
        var out = new ArrayList<Contact>(bare.size());
        for (var c : bare) {
            var ids = identities.getOrDefault(c.id().value(), Map.of());
            out.add(new Contact(
                    c.id(),
                    c.displayName(),
                    c.profileName(),
                    ids.get(IdentityKind.WA_ID),
                    ids.get(IdentityKind.PHONE),
                    ids.get(IdentityKind.EMAIL),
                    ids.get(IdentityKind.WA_USER_ID),
                    ids.get(IdentityKind.WA_USERNAME),
                    c.lastActivityAt(),
                    c.createdAt(),
                    c.updatedAt()));
        }
        return out;
    }

    /** The contacts of this workspace among {@code ids} (unknown ids are left out), with their identities. */
    public List<Contact> byIds(WorkspaceId workspace, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withIdentities(
                workspace,
                jdbc.sql(BY_IDS)
                        .param("workspace", workspace.value())
                        .param("ids", ids)
                        .query((rs, n) -> ContactStore.contact(rs, Map.of()))
                        .list());
    }

    /** The latest identity per kind of each contact. */
    private Map<UUID, Map<IdentityKind, String>> identities(WorkspaceId workspace, List<UUID> contacts) {
        var out = new HashMap<UUID, Map<IdentityKind, String>>();
        jdbc.sql(IDENTITIES)
                .param("workspace", workspace.value())
                .param("contacts", contacts)
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject("contact_id", UUID.class), k -> new EnumMap<>(IdentityKind.class))
                            .put(IdentityKind.valueOf(rs.getString("kind")), rs.getString("identity_value"));
                });
        return out;
    }
}
