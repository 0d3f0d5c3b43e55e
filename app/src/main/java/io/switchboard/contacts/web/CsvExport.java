package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactDetails;
import io.switchboard.contacts.ContactDirectory;
import io.switchboard.contacts.ContactFilter;
import io.switchboard.contacts.ContactProperties;
import io.switchboard.contacts.Tag;
import io.switchboard.workspace.WorkspaceId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes a filtered contact list as CSV (RFC 4180), one page at a time, for the API and the list page. */
@Component
class CsvExport {
    private static final List<String> FIXED = List.of(
            "id", "name", "display_name", "profile_name", "wa_id", "phone", "email", "bsuid", "username", "tags");

    private final ContactDirectory directory;
    private final ContactProperties properties;

    CsvExport(ContactDirectory directory, ContactProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    /** @throws io.switchboard.contacts.ContactException INVALID for a bad filter, before anything is written */
    void check(WorkspaceId workspace, ContactFilter filter) {
        directory.check(workspace, filter);
    }

    void write(WorkspaceId workspace, ContactFilter filter, Writer out) throws IOException {
        var keys = properties.list(workspace).stream().map(d -> d.key()).toList();
        var header = new ArrayList<>(FIXED);
        header.addAll(keys);
        header.add("last_activity_at");
        header.add("created_at");
        line(out, header);
        try {
            directory.export(workspace, filter, details -> {
                try {
                    line(out, row(details, keys));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static List<@Nullable String> row(ContactDetails details, List<String> keys) {
        var c = details.contact();
        var row = new ArrayList<@Nullable String>(List.of(c.id().toString(), c.name()));
        row.add(c.displayName());
        row.add(c.profileName());
        row.add(c.waId());
        row.add(c.phone());
        row.add(c.email());
        row.add(c.whatsAppUserId());
        row.add(c.username());
        row.add(details.tags().stream().map(Tag::name).collect(Collectors.joining(";")));
        for (var key : keys) {
            var value = details.properties().get(key);
            row.add(
                    value instanceof List<?> list
                            ? list.stream().map(String::valueOf).collect(Collectors.joining(";"))
                            : value == null ? null : String.valueOf(value));
        }
        row.add(text(c.lastActivityAt()));
        row.add(text(c.createdAt()));
        return row;
    }

    private static void line(Writer out, List<@Nullable String> fields) throws IOException {
        for (var i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(@Nullable String value) {
        if (value == null) {
            return "";
        }
        var text = value;
        // A spreadsheet runs a cell starting with = @ + - as a formula (CSV injection); a phone number like
        // +39… is data, anything else starting with those characters gets a leading quote.
        if (!text.isEmpty() && "=@+-\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("[+-]?[0-9][0-9 .]*")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static @Nullable String text(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
