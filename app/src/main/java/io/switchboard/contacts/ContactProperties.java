package io.switchboard.contacts;

import io.switchboard.contacts.internal.PropertyStore;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The typed custom properties of a workspace's contacts: definitions here, values through
 * {@link ContactEditor#change}. Every method is scoped to one workspace.
 */
@Service
public class ContactProperties {
    private final PropertyStore properties;
    private final Clock clock;

    ContactProperties(PropertyStore properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** In the order they were made. */
    @Transactional(readOnly = true)
    public List<PropertyDefinition> list(WorkspaceId workspace) {
        return properties.list(workspace);
    }

    /**
     * @param type text, number, date, boolean, single_select or multi_select
     * @param options the choices, for the select types only
     * @throws ContactException INVALID listing the fields at fault, CONFLICT if the key is taken
     */
    @Transactional
    public PropertyDefinition create(
            WorkspaceId workspace, String key, String label, String type, @Nullable List<String> options) {
        var violations = new ArrayList<ContactViolation>();
        var cleanKey = key.strip();
        if (!cleanKey.matches("[a-z][a-z0-9_]{0,63}")) {
            violations.add(new ContactViolation(
                    "key", "A key has 1 to 64 lower-case letters, digits or _, and starts with a letter."));
        }
        var parsed = PropertyType.parse(type);
        if (parsed.isEmpty()) {
            violations.add(new ContactViolation(
                    "type", "Use one of text, number, date, boolean, single_select or multi_select."));
        }
        var chosen = parsed.orElse(PropertyType.TEXT);
        var definition = new PropertyDefinition(
                UUID.randomUUID(), cleanKey, label(label, violations), chosen, options(chosen, options, violations));
        if (!violations.isEmpty()) {
            throw ContactException.invalid(violations);
        }
        if (!properties.insert(workspace, definition, clock.instant())) {
            throw new ContactException(
                    ContactException.Kind.CONFLICT,
                    "property-key-taken",
                    "The workspace has a property with this key already.",
                    List.of(new ContactViolation("key", "Taken.")));
        }
        return definition;
    }

    /**
     * Changes the label or the options ({@code null} keeps them); the type and key never change. Values
     * that chose a removed option lose it.
     *
     * @throws ContactException NOT_FOUND, INVALID listing the fields at fault
     */
    @Transactional
    public PropertyDefinition update(
            WorkspaceId workspace, UUID id, @Nullable String label, @Nullable List<String> options) {
        var current = get(workspace, id);
        var violations = new ArrayList<ContactViolation>();
        var changed = new PropertyDefinition(
                id,
                current.key(),
                label == null ? current.label() : label(label, violations),
                current.type(),
                options == null ? current.options() : options(current.type(), options, violations));
        if (!violations.isEmpty()) {
            throw ContactException.invalid(violations);
        }
        properties.update(workspace, changed);
        return changed;
    }

    /** Deletes the definition and every contact's value of it. @throws ContactException NOT_FOUND */
    @Transactional
    public void delete(WorkspaceId workspace, UUID id) {
        if (!properties.delete(workspace, id)) {
            throw ContactException.notFound("property");
        }
    }

    /** @throws ContactException NOT_FOUND */
    @Transactional(readOnly = true)
    public PropertyDefinition get(WorkspaceId workspace, UUID id) {
        return properties.get(workspace, id).orElseThrow(() -> ContactException.notFound("property"));
    }

    private static String label(String label, List<ContactViolation> violations) {
        var clean = label.strip();
        if (clean.isEmpty() || clean.length() > 120) {
            violations.add(new ContactViolation("label", "A label has 1 to 120 characters."));
        }
        return clean;
    }

    private static List<String> options(
            PropertyType type, @Nullable List<String> given, List<ContactViolation> violations) {
        var clean = new LinkedHashSet<String>();
        for (var option : given == null ? List.<String>of() : given) {
            if (option != null && !option.isBlank()) {
                clean.add(option.strip());
            }
        }
        if (type.hasOptions() && (clean.isEmpty() || clean.size() > 100)) {
            violations.add(new ContactViolation("options", "A select property needs 1 to 100 options."));
        } else if (!type.hasOptions() && !clean.isEmpty()) {
            violations.add(new ContactViolation("options", "Only single_select and multi_select have options."));
        } else if (clean.stream().anyMatch(o -> o.length() > 100 || o.contains("\n"))) {
            violations.add(new ContactViolation("options", "An option has at most 100 characters on one line."));
        }
        return List.copyOf(clean);
    }
}
