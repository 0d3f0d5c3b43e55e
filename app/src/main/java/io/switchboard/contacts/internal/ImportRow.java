package io.switchboard.contacts.internal;

import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.PhoneNumbers;
import io.switchboard.contacts.PropertyDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One data row of an import, read through the column mapping and checked: either a valid row or the
 * reason it is refused. Pure: no database.
 */
record ImportRow(
        int line,
        String raw,
        @Nullable String displayName,
        @Nullable String phone,
        @Nullable String email,
        List<String> tags,
        Map<UUID, List<String>> values,
        @Nullable String error) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** How the file's columns map to fields, resolved once per run. */
    record Mapping(
            Map<Integer, String> fields,
            Map<String, PropertyDefinition> properties,
            @Nullable String country) {}

    static ImportRow read(int line, List<String> cells, Mapping mapping) {
        var raw = csvLine(cells);
        String name = null;
        String phone = null;
        String email = null;
        var tags = new ArrayList<String>();
        var values = new LinkedHashMap<UUID, List<String>>();
        var problems = new ArrayList<String>();
        for (var entry : mapping.fields().entrySet()) {
            var cell = entry.getKey() < cells.size() ? cells.get(entry.getKey()).strip() : "";
            if (cell.isEmpty()) {
                continue;
            }
            var field = entry.getValue();
            switch (field) {
                case "displayName" -> {
                    if (cell.length() > 200) {
                        problems.add("The name is longer than 200 characters.");
                    }
                    name = cell;
                }
                case "phone" -> {
                    try {
                        phone = PhoneNumbers.e164(cell, mapping.country());
                    } catch (ContactException e) {
                        problems.add("Phone '" + cell + "': " + e.getMessage());
                    }
                }
                case "email" -> {
                    email = cell.toLowerCase(Locale.ROOT);
                    if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
                        problems.add("E-mail '" + cell + "' is not an address.");
                    }
                }
                case "tags" -> {
                    var names = new LinkedHashSet<String>();
                    for (var tag : cell.split("[;|]")) {
                        if (!tag.isBlank()) {
                            names.add(tag.strip());
                        }
                    }
                    if (names.stream().anyMatch(t -> t.length() > 60)) {
                        problems.add("A tag is longer than 60 characters.");
                    }
                    tags.addAll(names);
                }
                default -> {
                    var definition = mapping.properties().get(field);
                    if (definition != null) {
                        Object value = definition.type() == io.switchboard.contacts.PropertyType.MULTI_SELECT
                                ? List.of(cell.split("[;|]"))
                                : cell;
                        var result = PropertyValues.normalize(definition, value);
                        if (result.violation() != null) {
                            problems.add(result.violation().message());
                        } else {
                            values.put(definition.id(), result.items());
                        }
                    }
                }
            }
        }
        if (phone == null && email == null && problems.isEmpty()) {
            problems.add("The row has neither a phone number nor an e-mail address.");
        }
        var error = problems.isEmpty() ? null : String.join(" ", problems);
        return new ImportRow(line, raw, name, phone, email, tags, values, error);
    }

    /** The cells as one CSV line again, for the error report. */
    static String csvLine(List<String> cells) {
        var out = new StringBuilder();
        for (var cell : cells) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            var quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return out.toString();
    }

    ImportRow refused(String reason) {
        return new ImportRow(line, raw, displayName, phone, email, tags, values, reason);
    }
}
