package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactFilter;
import io.switchboard.contacts.TagId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The list page's filter form; dates are whole days in UTC ("active before 1 March" = before its start). */
record ContactListForm(
        @Nullable String q,
        @Nullable UUID tag,
        @Nullable String property,
        @Nullable String value,
        @Nullable String identity,
        @Nullable LocalDate activeBefore,
        @Nullable LocalDate activeAfter) {

    ContactFilter filter() {
        return new ContactFilter(
                blank(q) ? null : q,
                tag == null ? null : new TagId(tag),
                blank(property) ? null : property,
                value,
                blank(identity) ? null : ContactFilter.IdentityType.parse(identity),
                activeBefore == null ? null : activeBefore.atStartOfDay().toInstant(ZoneOffset.UTC),
                activeAfter == null ? null : activeAfter.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    ContactQuery query() {
        var f = filter();
        return new ContactQuery(
                f.query(),
                tag,
                f.property(),
                f.value(),
                blank(identity) ? null : identity,
                f.activeBefore(),
                f.activeAfter());
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
