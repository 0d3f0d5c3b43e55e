package io.switchboard.contacts;

import io.switchboard.contacts.internal.ContactStore;
import io.switchboard.contacts.internal.TagStore;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A workspace's tags and which contacts carry them. Every method is scoped to one workspace. */
@Service
public class ContactTags {
    /** The colour of a tag made without one (a neutral grey). */
    public static final String DEFAULT_COLOUR = "#6b7280";

    private final TagStore tags;
    private final ContactStore contacts;
    private final Clock clock;

    ContactTags(TagStore tags, ContactStore contacts, Clock clock) {
        this.tags = tags;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Tag> list(WorkspaceId workspace) {
        return tags.list(workspace);
    }

    /** @throws ContactException INVALID for a bad name or colour, CONFLICT if the name is taken (in any case) */
    @Transactional
    public Tag create(WorkspaceId workspace, String name, @Nullable String colour) {
        var tag = check(TagId.random(), name, colour);
        if (!tags.insert(workspace, tag, clock.instant())) {
            throw taken();
        }
        return tag;
    }

    /** The tag of this name, made (grey) if the workspace has none yet; for typing a tag onto a contact. */
    @Transactional
    public Tag findOrCreate(WorkspaceId workspace, String name) {
        var found = tags.byName(workspace, name.strip());
        return found.isPresent() ? found.get() : create(workspace, name, null);
    }

    /** {@code null} keeps that field. @throws ContactException NOT_FOUND, INVALID, CONFLICT */
    @Transactional
    public Tag update(WorkspaceId workspace, TagId id, @Nullable String name, @Nullable String colour) {
        var current = get(workspace, id);
        var tag = check(id, name == null ? current.name() : name, colour == null ? current.colour() : colour);
        var other = tags.byName(workspace, tag.name());
        if (other.isPresent() && !other.get().id().equals(id)) {
            throw taken();
        }
        tags.update(workspace, tag);
        return tag;
    }

    /** Deletes the tag and takes it off every contact. @throws ContactException NOT_FOUND */
    @Transactional
    public void delete(WorkspaceId workspace, TagId id) {
        if (!tags.delete(workspace, id)) {
            throw ContactException.notFound("tag");
        }
    }

    /** Idempotent. @throws ContactException NOT_FOUND if the contact or the tag is not in this workspace */
    @Transactional
    public void attach(WorkspaceId workspace, ContactId contact, TagId tag) {
        contacts.get(workspace, contact).orElseThrow(ContactException::notFound);
        get(workspace, tag);
        tags.attach(workspace, contact, tag);
    }

    /** Idempotent. @throws ContactException NOT_FOUND if the contact or the tag is not in this workspace */
    @Transactional
    public void detach(WorkspaceId workspace, ContactId contact, TagId tag) {
        contacts.get(workspace, contact).orElseThrow(ContactException::notFound);
        get(workspace, tag);
        tags.detach(workspace, contact, tag);
    }

    private Tag get(WorkspaceId workspace, TagId id) {
        return tags.get(workspace, id).orElseThrow(() -> ContactException.notFound("tag"));
    }

    private static Tag check(TagId id, String name, @Nullable String colour) {
        var violations = new ArrayList<ContactViolation>();
        var trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            violations.add(new ContactViolation("name", "A tag needs a name of 1 to 60 characters."));
        }
        var hex = colour == null || colour.isBlank()
                ? DEFAULT_COLOUR
                : colour.strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("#[0-9a-f]{6}")) {
            violations.add(new ContactViolation("colour", "Give the colour as #rrggbb, like #2a9d8f."));
        }
        if (!violations.isEmpty()) {
            throw ContactException.invalid(violations);
        }
        return new Tag(id, trimmed, hex);
    }

    private static ContactException taken() {
        return new ContactException(
                ContactException.Kind.CONFLICT,
                "tag-name-taken",
                "The workspace has a tag of this name already.",
                List.of(new ContactViolation("name", "Taken.")));
    }
}
