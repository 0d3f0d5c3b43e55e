package io.switchboard.contacts.internal;

import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactFilter;
import io.switchboard.contacts.PropertyDefinition;
import io.switchboard.contacts.PropertyType;
import io.switchboard.contacts.SegmentCondition;
import io.switchboard.contacts.TagId;
import io.switchboard.contacts.spi.InvalidCondition;
import io.switchboard.contacts.spi.SegmentCriteria;
import io.switchboard.contacts.spi.SegmentPredicate;
import io.switchboard.contacts.spi.SegmentValues;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Contacts' own segment conditions: tags, properties by type, identities, last activity, creation time. */
@Component
@Order(0)
class ContactCriteria implements SegmentCriteria {
    static final String TAG = """
            exists (select 1 from contacts_contact_tag t
                     where t.workspace_id = c.workspace_id and t.contact_id = c.id and t.tag_id = :%stag)""";
    static final String PROPERTY = """
            exists (select 1 from contacts_property_value v
                     where v.workspace_id = c.workspace_id and v.contact_id = c.id and v.property_id = :%sproperty""";
    static final String IDENTITY = """
            exists (select 1 from contacts_identity k
                     where k.workspace_id = c.workspace_id and k.contact_id = c.id and k.kind = :%skind)""";

    private final TagStore tags;
    private final PropertyStore properties;
    private final Clock clock;

    ContactCriteria(TagStore tags, PropertyStore properties, Clock clock) {
        this.tags = tags;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind("tag", false, List.of("has", "lacks")),
                new Kind("property", true, List.of("equals", "contains", "greater", "less", "is_set", "not_set")),
                new Kind("identity", false, List.of("has", "lacks")),
                new Kind("last_activity", false, List.of("within_days", "not_within_days", "before", "after")),
                new Kind("created", false, List.of("before", "after")));
    }

    @Override
    public SegmentPredicate predicate(WorkspaceId workspace, SegmentCondition c, String p) {
        return switch (c.kind()) {
            case "tag" -> negate(c.operator().equals("lacks"), TAG.formatted(p), Map.of(p + "tag", tag(workspace, c)));
            case "identity" ->
                negate(c.operator().equals("lacks"), IDENTITY.formatted(p), Map.of(p + "kind", kind(c.value())));
            case "property" -> property(workspace, c, p);
            case "last_activity" -> activity(c, p);
            default -> created(c, p);
        };
    }

    private UUID tag(WorkspaceId workspace, SegmentCondition c) {
        var value = SegmentValues.required(c.value(), "Choose a tag.");
        try {
            var id = UUID.fromString(value);
            // An id is not echoed: it may be another workspace's (invariant 4).
            return tags.get(workspace, new TagId(id))
                    .orElseThrow(() -> new InvalidCondition("value", "There is no such tag in this workspace."))
                    .id()
                    .value();
        } catch (IllegalArgumentException e) {
            return tags.byName(workspace, value)
                    .orElseThrow(() -> unknownTag(value))
                    .id()
                    .value();
        }
    }

    private static InvalidCondition unknownTag(String value) {
        return new InvalidCondition("value", "There is no tag '" + value + "' in this workspace.");
    }

    private static String kind(String value) {
        try {
            var type = ContactFilter.IdentityType.parse(SegmentValues.required(value, "Choose a channel identity."));
            return switch (type) {
                case WA_ID -> IdentityKind.WA_ID.name();
                case PHONE -> IdentityKind.PHONE.name();
                case EMAIL -> IdentityKind.EMAIL.name();
                case BSUID -> IdentityKind.WA_USER_ID.name();
                case USERNAME -> IdentityKind.WA_USERNAME.name();
            };
        } catch (ContactException e) {
            throw new InvalidCondition("value", "Use one of wa_id, phone, email, bsuid or username.");
        }
    }

    private SegmentPredicate property(WorkspaceId workspace, SegmentCondition c, String p) {
        if (c.field() == null) {
            throw new InvalidCondition("field", "Choose a property.");
        }
        var definition = properties.list(workspace).stream()
                .filter(d -> d.key().equals(c.field()))
                .findFirst()
                .orElseThrow(() ->
                        new InvalidCondition("field", "There is no property '" + c.field() + "' in this workspace."));
        var exists = PROPERTY.formatted(p);
        var id = definition.id();
        return switch (c.operator()) {
            case "is_set" -> new SegmentPredicate(exists + ")", Map.of(p + "property", id));
            case "not_set" -> new SegmentPredicate("not " + exists + ")", Map.of(p + "property", id));
            case "equals" ->
                new SegmentPredicate(
                        exists + " and v.item = :" + p + "item)",
                        Map.of(p + "property", id, p + "item", item(definition, c)));
            case "contains" -> {
                if (definition.type() != PropertyType.TEXT) {
                    throw new InvalidCondition("operator", "Only a text property can contain a text.");
                }
                var text = SegmentValues.required(c.value(), "Give the text to look for.")
                        .toLowerCase(Locale.ROOT);
                var pattern =
                        "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                yield new SegmentPredicate(
                        exists + " and lower(v.item) like :" + p + "pattern)",
                        Map.of(p + "property", id, p + "pattern", pattern));
            }
            default -> compare(definition, c, p, exists);
        };
    }

    /** greater and less: numbers by value, dates by their ISO text (which sorts like the dates). */
    private static SegmentPredicate compare(
            PropertyDefinition definition, SegmentCondition c, String p, String exists) {
        var op = c.operator().equals("greater") ? ">" : "<";
        var item = item(definition, c);
        return switch (definition.type()) {
            // The case keeps the cast away from other properties' items, whatever order the database filters in.
            case NUMBER ->
                new SegmentPredicate(
                        exists + " and case when v.property_id = :" + p
                                + "property then cast(v.item as decimal(38, 10))" + " end " + op + " :" + p + "number)",
                        Map.of(p + "property", definition.id(), p + "number", new java.math.BigDecimal(item)));
            case DATE ->
                new SegmentPredicate(
                        exists + " and v.item " + op + " :" + p + "item)",
                        Map.of(p + "property", definition.id(), p + "item", item));
            default -> throw new InvalidCondition("operator", "Only numbers and dates can be greater or less.");
        };
    }

    private static String item(PropertyDefinition definition, SegmentCondition c) {
        var result = io.switchboard.contacts.internal.PropertyValues.normalize(definition, c.value());
        if (result.violation() != null) {
            throw new InvalidCondition("value", result.violation().message());
        }
        if (result.items().size() != 1) {
            throw new InvalidCondition("value", "Give one value to compare " + definition.label() + " with.");
        }
        return result.items().getFirst();
    }

    private SegmentPredicate activity(SegmentCondition c, String p) {
        return switch (c.operator()) {
            case "within_days" ->
                new SegmentPredicate(
                        "c.last_activity_at >= :" + p + "at",
                        Map.of(p + "at", SegmentValues.daysAgo(c.value(), clock)));
            case "not_within_days" ->
                new SegmentPredicate(
                        "c.last_activity_at is null or c.last_activity_at < :" + p + "at",
                        Map.of(p + "at", SegmentValues.daysAgo(c.value(), clock)));
            case "before" ->
                new SegmentPredicate(
                        "c.last_activity_at < :" + p + "at", Map.of(p + "at", SegmentValues.time(c.value())));
            default ->
                new SegmentPredicate(
                        "c.last_activity_at >= :" + p + "at", Map.of(p + "at", SegmentValues.time(c.value())));
        };
    }

    private static SegmentPredicate created(SegmentCondition c, String p) {
        var op = c.operator().equals("before") ? "<" : ">=";
        return new SegmentPredicate(
                "c.created_at " + op + " :" + p + "at", Map.of(p + "at", SegmentValues.time(c.value())));
    }

    private static SegmentPredicate negate(boolean not, String sql, Map<String, Object> params) {
        return new SegmentPredicate(not ? "not " + sql : sql, params);
    }
}
