package io.switchboard.contacts.internal;

import static io.switchboard.contacts.internal.ContactStore.ts;

import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.PropertyDefinition;
import io.switchboard.contacts.PropertyType;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Property definitions ({@code contacts_property}) and the values contacts have ({@code contacts_property_value}). */
@Repository
public class PropertyStore {
    static final String COLUMNS = "id, property_key, label, type, options";
    static final String INSERT = """
            insert into contacts_property (id, workspace_id, property_key, label, type, options, created_at)
            values (:id, :workspace, :key, :label, :type, :options, :at)
            on conflict do nothing""";
    static final String UPDATE = """
            update contacts_property set label = :label, options = :options where workspace_id = :workspace and id = :id""";
    static final String LIST = "select " + COLUMNS
            + " from contacts_property where workspace_id = :workspace order by created_at, property_key";
    static final String GET =
            "select " + COLUMNS + " from contacts_property where workspace_id = :workspace and id = :id";
    static final String DELETE_VALUES =
            "delete from contacts_property_value where workspace_id = :workspace and property_id = :property";
    static final String DELETE = "delete from contacts_property where workspace_id = :workspace and id = :id";
    // An option taken away from a select: the values that chose it go with it.
    static final String DROP_STALE = """
            delete from contacts_property_value
             where workspace_id = :workspace and property_id = :property and item not in (:options)""";
    static final String CLEAR = """
            delete from contacts_property_value
             where workspace_id = :workspace and contact_id = :contact and property_id = :property""";
    static final String ADD = """
            insert into contacts_property_value (workspace_id, contact_id, property_id, item)
            values (:workspace, :contact, :property, :item)""";
    static final String OF_CONTACTS = """
            select contact_id, property_id, item from contacts_property_value
             where workspace_id = :workspace and contact_id in (:contacts)
             order by item""";

    private final JdbcClient jdbc;

    PropertyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False if the key is taken in this workspace. */
    public boolean insert(WorkspaceId workspace, PropertyDefinition definition, Instant at) {
        return jdbc.sql(INSERT)
                        .param("id", definition.id())
                        .param("workspace", workspace.value())
                        .param("key", definition.key())
                        .param("label", definition.label())
                        .param("type", definition.type().name())
                        .param("options", String.join("\n", definition.options()))
                        .param("at", ts(at))
                        .update()
                == 1;
    }

    public void update(WorkspaceId workspace, PropertyDefinition definition) {
        jdbc.sql(UPDATE)
                .param("workspace", workspace.value())
                .param("id", definition.id())
                .param("label", definition.label())
                .param("options", String.join("\n", definition.options()))
                .update();
        if (definition.type().hasOptions()) {
            jdbc.sql(DROP_STALE)
                    .param("workspace", workspace.value())
                    .param("property", definition.id())
                    .param("options", definition.options())
                    .update();
        }
    }

    public List<PropertyDefinition> list(WorkspaceId workspace) {
        return jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .query(PropertyStore::definition)
                .list();
    }

    public Optional<PropertyDefinition> get(WorkspaceId workspace, UUID id) {
        return jdbc.sql(GET)
                .param("workspace", workspace.value())
                .param("id", id)
                .query(PropertyStore::definition)
                .optional();
    }

    public boolean delete(WorkspaceId workspace, UUID id) {
        jdbc.sql(DELETE_VALUES)
                .param("workspace", workspace.value())
                .param("property", id)
                .update();
        return jdbc.sql(DELETE)
                        .param("workspace", workspace.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Replaces the contact's value of the property by these items (none: no value). */
    public void set(WorkspaceId workspace, ContactId contact, UUID property, List<String> items) {
        jdbc.sql(CLEAR)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("property", property)
                .update();
        for (var item : items) {
            jdbc.sql(ADD)
                    .param("workspace", workspace.value())
                    .param("contact", contact.value())
                    .param("property", property)
                    .param("item", item)
                    .update();
        }
    }

    /** The stored items by contact and property id; contacts without values are absent. */
    public Map<UUID, Map<UUID, List<String>>> of(WorkspaceId workspace, Collection<UUID> contacts) {
        var out = new HashMap<UUID, Map<UUID, List<String>>>();
        if (contacts.isEmpty()) {
            return out;
        }
        jdbc.sql(OF_CONTACTS)
                .param("workspace", workspace.value())
                .param("contacts", contacts)
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject("contact_id", UUID.class), k -> new HashMap<>())
                            .computeIfAbsent(rs.getObject("property_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("item"));
                });
        return out;
    }

    private static PropertyDefinition definition(ResultSet rs, int row) throws SQLException {
        var options = rs.getString("options");
        return new PropertyDefinition(
                rs.getObject("id", UUID.class),
                rs.getString("property_key"),
                rs.getString("label"),
                PropertyType.valueOf(rs.getString("type")),
                options == null || options.isEmpty() ? List.of() : Arrays.asList(options.split("\n")));
    }
}
