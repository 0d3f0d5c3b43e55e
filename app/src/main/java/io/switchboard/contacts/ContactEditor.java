package io.switchboard.contacts;

import io.switchboard.contacts.internal.ContactEdits;
import io.switchboard.contacts.internal.ContactStore;
import io.switchboard.contacts.internal.IdentityKind;
import io.switchboard.contacts.internal.MergeStore;
import io.switchboard.contacts.internal.PropertyStore;
import io.switchboard.contacts.internal.PropertyValues;
import io.switchboard.contacts.internal.TagStore;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts made, changed, deleted and merged by people (UI, API). Every method is scoped to one workspace. */
@Service
public class ContactEditor {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final ContactStore contacts;
    private final ContactEdits edits;
    private final PropertyStore properties;
    private final MergeStore merges;
    private final TagStore tags;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactEditor(
            ContactStore contacts,
            ContactEdits edits,
            PropertyStore properties,
            MergeStore merges,
            TagStore tags,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contacts = contacts;
        this.edits = edits;
        this.properties = properties;
        this.merges = merges;
        this.tags = tags;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new contact with these details and tags.
     *
     * @throws ContactException INVALID listing the fields at fault, CONFLICT if the phone or e-mail belongs
     *     to another contact
     */
    @Transactional
    public ContactId create(WorkspaceId workspace, ContactChange details, List<TagId> tagIds) {
        var id = ContactId.random();
        edits.insert(workspace, id, null, clock.instant());
        apply(workspace, id, details);
        for (var tag : tagIds) {
            tags.get(workspace, tag)
                    .orElseThrow(() -> ContactException.invalid("tags", "A tag in tags is not in this workspace."));
            tags.attach(workspace, id, tag);
        }
        return id;
    }

    /**
     * Applies the change; all of it or, if any field is invalid, none of it.
     *
     * @throws ContactException NOT_FOUND, INVALID listing the fields at fault, CONFLICT if the phone or
     *     e-mail belongs to another contact
     */
    @Transactional
    public void change(WorkspaceId workspace, ContactId id, ContactChange change) {
        contacts.get(workspace, id).orElseThrow(ContactException::notFound);
        apply(workspace, id, change);
    }

    /** @throws ContactException NOT_FOUND if the contact is not in this workspace */
    @Transactional
    public void delete(WorkspaceId workspace, ContactId id) {
        if (!edits.delete(workspace, id)) {
            throw ContactException.notFound();
        }
    }

    /**
     * Moves identities, tags, property values and notes of {@code from} to {@code into} and deletes
     * {@code from}; on a conflict {@code into}'s values stay. Publishes {@link ContactsMerged}.
     *
     * @throws ContactException NOT_FOUND if either is not in this workspace, INVALID if they are the same
     */
    @Transactional
    public void merge(WorkspaceId workspace, ContactId into, ContactId from) {
        if (into.equals(from)) {
            throw ContactException.invalid("from", "A contact cannot be merged with itself.");
        }
        contacts.get(workspace, into).orElseThrow(ContactException::notFound);
        var merged = contacts.get(workspace, from).orElseThrow(ContactException::notFound);
        var now = clock.instant();
        merges.merge(workspace, into, from, merged.lastActivityAt(), now);
        events.publishEvent(new ContactsMerged(workspace, into, from, now));
    }

    private void apply(WorkspaceId workspace, ContactId id, ContactChange change) {
        var violations = new ArrayList<ContactViolation>();
        var now = clock.instant();
        var email = change.email() == null ? null : email(change.email(), violations);
        var phone = change.phone() == null ? null : phone(change.phone(), violations);
        var name = change.displayName() == null ? null : change.displayName().strip();
        if (name != null && name.length() > 200) {
            violations.add(new ContactViolation("displayName", "A name can have at most 200 characters."));
        }
        var values = values(workspace, change, violations);
        if (!violations.isEmpty()) {
            throw ContactException.invalid(violations);
        }
        if (name != null) {
            edits.rename(workspace, id, name.isEmpty() ? null : name, now);
        }
        if (change.email() != null) {
            identity(workspace, id, IdentityKind.EMAIL, email, "email");
        }
        if (change.phone() != null) {
            identity(workspace, id, IdentityKind.PHONE, phone, "phone");
        }
        values.forEach((property, items) -> properties.set(workspace, id, property, items));
        edits.updated(workspace, id, now);
    }

    private void identity(
            WorkspaceId workspace, ContactId id, IdentityKind kind, @Nullable String value, String field) {
        var owner = value == null ? null : edits.owner(workspace, kind, value);
        if (owner != null && !owner.equals(id.value())) {
            throw new ContactException(
                    ContactException.Kind.CONFLICT,
                    "contact-identity-taken",
                    "Another contact has this " + (kind == IdentityKind.EMAIL ? "e-mail address" : "phone number")
                            + "; merge the two contacts instead.",
                    List.of(new ContactViolation(field, "Another contact has it.")));
        }
        if (owner == null) {
            edits.replace(workspace, id, kind, value, clock.instant());
        }
    }

    private LinkedHashMap<UUID, List<String>> values(
            WorkspaceId workspace, ContactChange change, List<ContactViolation> violations) {
        var out = new LinkedHashMap<UUID, List<String>>();
        var given = change.properties();
        if (given == null || given.isEmpty()) {
            return out;
        }
        var definitions = properties.list(workspace);
        for (var entry : given.entrySet()) {
            var definition = definitions.stream()
                    .filter(d -> d.key().equals(entry.getKey()))
                    .findFirst();
            if (definition.isEmpty()) {
                violations.add(new ContactViolation(
                        "properties." + entry.getKey(),
                        "There is no property '" + entry.getKey() + "' in this workspace."));
                continue;
            }
            var result = PropertyValues.normalize(definition.get(), entry.getValue());
            if (result.violation() != null) {
                violations.add(Objects.requireNonNull(result.violation()));
            } else {
                out.put(definition.get().id(), result.items());
            }
        }
        return out;
    }

    private static @Nullable String email(String input, List<ContactViolation> violations) {
        var email = input.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            violations.add(new ContactViolation("email", "Give an e-mail address like ada@example.com."));
        }
        return email;
    }

    private static @Nullable String phone(String input, List<ContactViolation> violations) {
        if (input.isBlank()) {
            return null;
        }
        try {
            return PhoneNumbers.e164(input);
        } catch (ContactException e) {
            violations.add(new ContactViolation("phone", e.getMessage()));
            return null;
        }
    }
}
