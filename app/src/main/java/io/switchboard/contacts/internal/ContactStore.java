package io.switchboard.contacts.internal;

import io.switchboard.contacts.Contact;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code contacts_contact} and {@code contacts_identity}: one contact, many identities, each unique per workspace. */
@Repository
public class ContactStore {
    static final String INSERT_CONTACT = """
            insert into contacts_contact (id, workspace_id, profile_name, created_at, updated_at)
            values (:id, :workspace, :name, :at, :at)""";
    static final String DELETE_CONTACT = "delete from contacts_contact where workspace_id = :workspace and id = :id";
    // on conflict do nothing: a concurrent worker may claim the same identity first; the loser backs off.
    static final String INSERT_IDENTITY = """
            insert into contacts_identity (id, workspace_id, contact_id, kind, identity_value, created_at)
            values (:id, :workspace, :contact, :kind, :value, :at)
            on conflict do nothing""";
    static final String FIND_BY = """
            select contact_id from contacts_identity
             where workspace_id = :workspace and kind = :kind and identity_value = :value""";
    static final String IDENTITIES = """
            select kind, identity_value from contacts_identity
             where workspace_id = :workspace and contact_id = :contact order by created_at""";
    // The contact an identity names, its profile name and all its identities, in one round trip: the inbound
    // path looks the sender up and then compares what it knows with what the webhook says.
    static final String FIND_WITH_IDENTITIES = """
            select i.contact_id, i.kind, i.identity_value, c.profile_name from contacts_identity i
              join contacts_contact c on c.workspace_id = i.workspace_id and c.id = i.contact_id
             where i.workspace_id = :workspace
               and i.contact_id = (select f.contact_id from contacts_identity f
                                    where f.workspace_id = :workspace and f.kind = :kind and f.identity_value = :value)
             order by i.created_at""";
    static final String GET = """
            select id, display_name, profile_name, last_activity_at, created_at, updated_at from contacts_contact
             where workspace_id = :workspace and id = :id""";
    static final String RENAME = """
            update contacts_contact set profile_name = :name, updated_at = :at
             where workspace_id = :workspace and id = :id and (profile_name is null or profile_name <> :name)""";
    static final String MOVE_IDENTITY = """
            update contacts_identity set identity_value = :new
             where workspace_id = :workspace and contact_id = :contact and kind = :kind and identity_value = :old""";
    static final String TOUCH =
            "update contacts_contact set updated_at = :at where workspace_id = :workspace and id = :id";
    // A correlated lookup per value (equality on every column of contacts_identity_uk), as ImportWriter does:
    // an "in (…)" list lets PostgreSQL, with stale statistics on a table being filled, scan the workspace.
    static final String OWNERS = """
            select v.val, (select i.contact_id from contacts_identity i
                            where i.workspace_id = :workspace and i.kind = :kind and i.identity_value = v.val) as owner
              from (values :values) as v(val)""";
    static final String INSERT_CONTACTS = """
            insert into contacts_contact (id, workspace_id, profile_name, created_at, updated_at) values :rows""";
    static final String INSERT_IDENTITIES = """
            insert into contacts_identity (id, workspace_id, contact_id, kind, identity_value, created_at)
            values :rows on conflict do nothing""";
    static final String DELETE_CONTACTS =
            "delete from contacts_contact where workspace_id = :workspace and id in (:ids)";
    // PostgreSQL takes at most 65,535 parameters per statement: 6 columns × 5,000 rows stays well below.
    private static final int CHUNK = 5000;

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the contact with its primary identity, or returns the contact that won a race for that identity. */
    public ContactId create(WorkspaceId workspace, ContactId id, WhatsAppIdentity who, Instant at) {
        jdbc.sql(INSERT_CONTACT)
                .param("id", id.value())
                .param("workspace", workspace.value())
                .param("name", who.profileName())
                .param("at", ts(at))
                .update();
        var kind = who.waId() != null ? IdentityKind.WA_ID : IdentityKind.WA_USER_ID;
        var value = who.waId() != null ? who.waId() : who.userId();
        if (identity(workspace, id, kind, value, at) == 0) {
            jdbc.sql(DELETE_CONTACT)
                    .param("workspace", workspace.value())
                    .param("id", id.value())
                    .update();
            return findBy(workspace, kind, value).orElseThrow();
        }
        return id;
    }

    /** A contact found by one identity: the latest value of each of its identity kinds, its profile name. */
    public record Known(
            ContactId id,
            Map<IdentityKind, String> identities,
            @Nullable String profileName) {}

    /** The contact holding this identity with all its identities and its profile name (one statement), if any. */
    public Optional<Known> findWithIdentities(WorkspaceId workspace, IdentityKind kind, String value) {
        var identities = new EnumMap<IdentityKind, String>(IdentityKind.class);
        var contact = new UUID[1];
        var profileName = new String[1];
        jdbc.sql(FIND_WITH_IDENTITIES)
                .param("workspace", workspace.value())
                .param("kind", kind.name())
                .param("value", value)
                .query(rs -> {
                    contact[0] = rs.getObject("contact_id", UUID.class);
                    profileName[0] = rs.getString("profile_name");
                    identities.put(IdentityKind.valueOf(rs.getString("kind")), rs.getString("identity_value"));
                });
        return contact[0] == null
                ? Optional.empty()
                : Optional.of(new Known(new ContactId(contact[0]), identities, profileName[0]));
    }

    /**
     * The contact of each WhatsApp id, creating the missing ones as {@link #create} and {@link #enrich} would
     * (a contact with its WA_ID and its PHONE identity), with one statement per table and chunk instead of
     * several per id. A contact that another transaction created for the same id first wins, as in {@link
     * #create}.
     */
    public Map<String, ContactId> findOrCreateByWaIds(WorkspaceId workspace, Collection<String> waIds, Instant at) {
        var wanted = new LinkedHashSet<>(waIds);
        var out = owners(workspace, IdentityKind.WA_ID, wanted);
        var fresh = new LinkedHashMap<String, UUID>();
        wanted.stream().filter(w -> !out.containsKey(w)).forEach(w -> fresh.put(w, UUID.randomUUID()));
        if (fresh.isEmpty()) {
            return out;
        }
        var ws = workspace.value();
        var when = ts(at);
        var contactRows = new ArrayList<Object[]>();
        var waRows = new ArrayList<Object[]>();
        fresh.forEach((waId, id) -> {
            contactRows.add(new Object[] {id, ws, new SqlParameterValue(Types.VARCHAR, null), when, when});
            waRows.add(new Object[] {UUID.randomUUID(), ws, id, IdentityKind.WA_ID.name(), waId, when});
        });
        rows(INSERT_CONTACTS, contactRows);
        rows(INSERT_IDENTITIES, waRows);
        // Whoever owns each id now: ours, or a contact a concurrent transaction created first.
        var owners = owners(workspace, IdentityKind.WA_ID, fresh.keySet());
        var lost = new ArrayList<UUID>();
        var phoneRows = new ArrayList<Object[]>();
        fresh.forEach((waId, id) -> {
            var owner = owners.get(waId);
            if (owner != null && owner.value().equals(id)) {
                phoneRows.add(new Object[] {UUID.randomUUID(), ws, id, IdentityKind.PHONE.name(), "+" + waId, when});
            } else {
                lost.add(id);
            }
        });
        for (var from = 0; from < lost.size(); from += CHUNK) {
            jdbc.sql(DELETE_CONTACTS)
                    .param("workspace", ws)
                    .param("ids", lost.subList(from, Math.min(lost.size(), from + CHUNK)))
                    .update();
        }
        rows(INSERT_IDENTITIES, phoneRows);
        out.putAll(owners);
        return out;
    }

    /** The owner of each value of this kind that has one. */
    private Map<String, ContactId> owners(WorkspaceId workspace, IdentityKind kind, Collection<String> values) {
        // One-element rows, so that "values :values" expands to "(?), (?), …".
        var list = values.stream().map(v -> new Object[] {v}).toList();
        var out = new HashMap<String, ContactId>();
        for (var from = 0; from < list.size(); from += CHUNK) {
            jdbc.sql(OWNERS)
                    .param("workspace", workspace.value())
                    .param("kind", kind.name())
                    .param("values", list.subList(from, Math.min(list.size(), from + CHUNK)))
                    .query(rs -> {
                        var owner = rs.getObject("owner", UUID.class);
                        if (owner != null) {
                            out.put(rs.getString("val"), new ContactId(owner));
                        }
                    });
        }
        return out;
    }

    private void rows(String sql, List<Object[]> rows) {
        for (var from = 0; from < rows.size(); from += CHUNK) {
            jdbc.sql(sql)
                    .param("rows", rows.subList(from, Math.min(rows.size(), from + CHUNK)))
                    .update();
        }
    }

    /** Adds the identities and profile name this contact did not have yet. */
    public void enrich(WorkspaceId workspace, ContactId id, WhatsAppIdentity who, Instant at) {
        addIdentities(workspace, id, who, at, identities(workspace, id));
        if (who.profileName() != null) {
            rename(workspace, id, who.profileName(), at);
        }
    }

    /** As {@link #enrich(WorkspaceId, ContactId, WhatsAppIdentity, Instant)}, for a contact read a moment ago. */
    public void enrich(WorkspaceId workspace, Known known, WhatsAppIdentity who, Instant at) {
        addIdentities(workspace, known.id(), who, at, known.identities());
        if (who.profileName() != null && !who.profileName().equals(known.profileName())) {
            rename(workspace, known.id(), who.profileName(), at);
        }
    }

    private void addIdentities(
            WorkspaceId workspace, ContactId id, WhatsAppIdentity who, Instant at, Map<IdentityKind, String> known) {
        var wanted = new EnumMap<IdentityKind, @Nullable String>(IdentityKind.class);
        wanted.put(IdentityKind.WA_ID, who.waId());
        wanted.put(IdentityKind.PHONE, who.waId() == null ? null : "+" + who.waId());
        wanted.put(IdentityKind.WA_USER_ID, who.userId());
        wanted.put(IdentityKind.WA_USERNAME, who.username());
        for (var entry : wanted.entrySet()) {
            var value = entry.getValue();
            if (value != null && !value.equals(known.get(entry.getKey()))) {
                identity(workspace, id, entry.getKey(), value, at);
            }
        }
    }

    private void rename(WorkspaceId workspace, ContactId id, String name, Instant at) {
        jdbc.sql(RENAME)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("name", name)
                .param("at", ts(at))
                .update();
    }

    public void moveWhatsAppNumber(WorkspaceId workspace, ContactId id, String oldWaId, String newWaId, Instant at) {
        move(workspace, id, IdentityKind.WA_ID, oldWaId, newWaId);
        move(workspace, id, IdentityKind.PHONE, "+" + oldWaId, "+" + newWaId);
        jdbc.sql(TOUCH)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("at", ts(at))
                .update();
    }

    public Optional<ContactId> findBy(WorkspaceId workspace, IdentityKind kind, String value) {
        return jdbc.sql(FIND_BY)
                .param("workspace", workspace.value())
                .param("kind", kind.name())
                .param("value", value)
                .query(UUID.class)
                .optional()
                .map(ContactId::new);
    }

    public Optional<Contact> get(WorkspaceId workspace, ContactId id) {
        var ids = identities(workspace, id);
        return jdbc.sql(GET)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query((rs, n) -> contact(rs, ids))
                .optional();
    }

    /** The latest value per kind (a contact may keep older usernames or BSUIDs). */
    private Map<IdentityKind, String> identities(WorkspaceId workspace, ContactId id) {
        var out = new EnumMap<IdentityKind, String>(IdentityKind.class);
        jdbc.sql(IDENTITIES)
                .param("workspace", workspace.value())
                .param("contact", id.value())
                .query(rs -> {
                    out.put(IdentityKind.valueOf(rs.getString("kind")), rs.getString("identity_value"));
                });
        return out;
    }

    private int identity(WorkspaceId workspace, ContactId id, IdentityKind kind, String value, Instant at) {
        return jdbc.sql(INSERT_IDENTITY)
                .param("id", UUID.randomUUID())
                .param("workspace", workspace.value())
                .param("contact", id.value())
                .param("kind", kind.name())
                .param("value", value)
                .param("at", ts(at))
                .update();
    }

    private void move(WorkspaceId workspace, ContactId id, IdentityKind kind, String from, String to) {
        jdbc.sql(MOVE_IDENTITY)
                .param("workspace", workspace.value())
                .param("contact", id.value())
                .param("kind", kind.name())
                .param("old", from)
                .param("new", to)
                .update();
    }

    /** A contact from a row with the columns of {@link #GET} and its identities, latest value per kind. */
    public static Contact contact(ResultSet rs, Map<IdentityKind, String> ids) throws SQLException {
        var active = rs.getObject("last_activity_at", OffsetDateTime.class);
        return new Contact(
                new ContactId(rs.getObject("id", UUID.class)),
                rs.getString("display_name"),
                rs.getString("profile_name"),
                ids.get(IdentityKind.WA_ID),
                ids.get(IdentityKind.PHONE),
                ids.get(IdentityKind.EMAIL),
                ids.get(IdentityKind.WA_USER_ID),
                ids.get(IdentityKind.WA_USERNAME),
                active == null ? null : active.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime ts(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static @Nullable OffsetDateTime tsOrNull(@Nullable Instant at) {
        return at == null ? null : ts(at);
    }
}
