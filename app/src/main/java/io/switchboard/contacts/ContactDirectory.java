package io.switchboard.contacts;

import io.switchboard.contacts.internal.ContactQueries;
import io.switchboard.contacts.internal.ContactStore;
import io.switchboard.contacts.internal.IdentityKind;
import io.switchboard.contacts.internal.PropertyStore;
import io.switchboard.contacts.internal.PropertyValues;
import io.switchboard.contacts.internal.TagStore;
import io.switchboard.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Lists, searches and exports the contacts of a workspace with their tags and property values. */
@Service
public class ContactDirectory {
    /** The largest page {@link #list} returns. */
    public static final int MAX_PAGE = 500;

    private final ContactStore contacts;
    private final ContactQueries queries;
    private final TagStore tags;
    private final PropertyStore properties;
    private final TransactionTemplate readOnly;

    ContactDirectory(
            ContactStore contacts,
            ContactQueries queries,
            TagStore tags,
            PropertyStore properties,
            TransactionTemplate transactions) {
        this.contacts = contacts;
        this.queries = queries;
        this.tags = tags;
        this.properties = properties;
        this.readOnly = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
    }

    /**
     * The contacts matching {@code filter}, newest first, after the contact {@code after} (from the
     * previous page's {@link ContactPage#next()}).
     *
     * @throws ContactException INVALID if the filter names an unknown property or a value its type refuses
     */
    @Transactional(readOnly = true)
    public ContactPage list(WorkspaceId workspace, ContactFilter filter, @Nullable ContactId after, int limit) {
        var size = Math.clamp(limit, 1, MAX_PAGE);
        var definitions = properties.list(workspace);
        var found = queries.list(workspace, criteria(filter, definitions), after, size);
        var next = found.size() == size ? found.getLast().id() : null;
        return new ContactPage(details(workspace, found, definitions), next);
    }

    /**
     * The ids of up to {@code limit} contacts whose name, phone number, WhatsApp id or e-mail address contains
     * {@code query} (as {@link #list} matches it), newest first: for searches elsewhere that need no details.
     */
    @Transactional(readOnly = true)
    public List<ContactId> matching(WorkspaceId workspace, String query, int limit) {
        var pattern = pattern(query);
        return pattern == null ? List.of() : queries.matching(workspace, pattern, Math.clamp(limit, 1, MAX_PAGE));
    }

    /** A page of {@code found} (read for a page of {@code size}) with tags and property values. */
    ContactPage page(WorkspaceId workspace, List<Contact> found, int size) {
        var next = found.size() == size ? found.getLast().id() : null;
        return new ContactPage(details(workspace, found, properties.list(workspace)), next);
    }

    /**
     * The contacts of this workspace among {@code ids}, by id, in one read (for lists that show many); ids
     * unknown in this workspace are absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<ContactId, Contact> byIds(WorkspaceId workspace, Collection<ContactId> ids) {
        var found = queries.byIds(
                workspace, ids.stream().map(ContactId::value).distinct().toList());
        var out = new HashMap<ContactId, Contact>();
        found.forEach(c -> out.put(c.id(), c));
        return out;
    }

    /**
     * The contacts of this workspace among {@code ids} with tags and property values, by id, in one read per
     * table; ids unknown in this workspace are absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<ContactId, ContactDetails> detailsByIds(WorkspaceId workspace, Collection<ContactId> ids) {
        var found = queries.byIds(
                workspace, ids.stream().map(ContactId::value).distinct().toList());
        var out = new HashMap<ContactId, ContactDetails>();
        if (!found.isEmpty()) {
            details(workspace, found, properties.list(workspace))
                    .forEach(d -> out.put(d.contact().id(), d));
        }
        return out;
    }

    /** The contact with tags and property values. @throws ContactException NOT_FOUND */
    @Transactional(readOnly = true)
    public ContactDetails details(WorkspaceId workspace, ContactId id) {
        var contact = contacts.get(workspace, id).orElseThrow(ContactException::notFound);
        return details(workspace, List.of(contact), properties.list(workspace)).getFirst();
    }

    /** @throws ContactException INVALID as {@link #list} would, before an export starts writing */
    @Transactional(readOnly = true)
    public void check(WorkspaceId workspace, ContactFilter filter) {
        criteria(filter, properties.list(workspace));
    }

    /**
     * Hands every contact matching {@code filter} to {@code sink}, page by page (each page its own short
     * read transaction, so an export of a large workspace holds neither memory nor a connection for long).
     */
    public void export(WorkspaceId workspace, ContactFilter filter, Consumer<ContactDetails> sink) {
        ContactId after = null;
        do {
            var from = after;
            var page = readOnly.execute(status -> list(workspace, filter, from, MAX_PAGE));
            page.contacts().forEach(sink);
            after = page.next();
        } while (after != null);
    }

    private List<ContactDetails> details(
            WorkspaceId workspace, List<Contact> found, List<PropertyDefinition> definitions) {
        var ids = found.stream().map(c -> c.id().value()).toList();
        var tagsOf = tags.of(workspace, ids);
        var valuesOf = properties.of(workspace, ids);
        var out = new ArrayList<ContactDetails>(found.size());
        for (var contact : found) {
            var stored = valuesOf.getOrDefault(contact.id().value(), Map.of());
            var values = new LinkedHashMap<String, Object>();
            for (var definition : definitions) {
                PropertyValues.read(definition, stored.getOrDefault(definition.id(), List.of()))
                        .ifPresent(v -> values.put(definition.key(), v));
            }
            out.add(new ContactDetails(contact, tagsOf.getOrDefault(contact.id().value(), List.of()), values));
        }
        return out;
    }

    private static ContactQueries.Criteria criteria(ContactFilter filter, List<PropertyDefinition> definitions) {
        UUID property = null;
        String item = null;
        if (filter.property() != null && !filter.property().isBlank()) {
            var definition = definitions.stream()
                    .filter(d -> d.key().equals(filter.property().strip()))
                    .findFirst()
                    .orElseThrow(() -> ContactException.invalid(
                            "property", "There is no property '" + filter.property() + "' in this workspace."));
            var result = PropertyValues.normalize(definition, filter.value());
            if (result.violation() != null || result.items().size() != 1) {
                var message = result.violation() == null
                        ? "Give the value the property must have."
                        : result.violation().message();
                throw ContactException.invalid("value", message);
            }
            property = definition.id();
            item = result.items().getFirst();
        }
        return new ContactQueries.Criteria(
                pattern(filter.query()),
                filter.tag() == null ? null : filter.tag().value(),
                property,
                item,
                filter.identity() == null ? null : kind(filter.identity()),
                filter.activeBefore(),
                filter.activeAfter());
    }

    /** A LIKE pattern; a query that looks like a phone number is matched by its digits (+39 333-1 → 393331). */
    static @Nullable String pattern(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        var text = query.strip().toLowerCase(Locale.ROOT);
        if (text.matches("[+0-9 ().\\-]+") && text.replaceAll("[^0-9]", "").length() >= 3) {
            text = text.replaceAll("[^0-9]", "");
        }
        // Backslash is the default LIKE escape on both engines.
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static IdentityKind kind(ContactFilter.IdentityType type) {
        return switch (type) {
            case WA_ID -> IdentityKind.WA_ID;
            case PHONE -> IdentityKind.PHONE;
            case EMAIL -> IdentityKind.EMAIL;
            case BSUID -> IdentityKind.WA_USER_ID;
            case USERNAME -> IdentityKind.WA_USERNAME;
        };
    }
}
