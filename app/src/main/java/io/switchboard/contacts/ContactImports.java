package io.switchboard.contacts;

import io.switchboard.contacts.internal.CsvReader;
import io.switchboard.contacts.internal.ImportRequested;
import io.switchboard.contacts.internal.ImportStore;
import io.switchboard.contacts.internal.PropertyStore;
import io.switchboard.workspace.WorkspaceId;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV imports: upload a file, map its columns to contact fields, run it in the background and read its
 * progress and the report of refused rows. A row whose phone or e-mail belongs to a contact updates it;
 * a row repeating an earlier row's phone or e-mail is refused. Every method is scoped to one workspace.
 */
@Service
public class ContactImports {
    /** The largest file accepted, in characters (about 200,000 typical rows). */
    public static final int MAX_CHARS = 20_000_000;

    private static final Set<String> FIELDS = Set.of("displayName", "phone", "email", "tags");
    private final ImportStore imports;
    private final PropertyStore properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactImports(ImportStore imports, PropertyStore properties, ApplicationEventPublisher events, Clock clock) {
        this.imports = imports;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the file and reads its header; the job waits for {@link #start}.
     *
     * @throws ContactException INVALID for an empty or too large file, or one without a header
     */
    @Transactional
    public ContactImport upload(WorkspaceId workspace, String fileName, String content, String uploadedBy) {
        if (content.length() > MAX_CHARS) {
            throw ContactException.invalid("file", "The file is larger than 20 MB; split it into smaller files.");
        }
        var csv = new CsvReader(new StringReader(content));
        var header = csv.header();
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            throw ContactException.invalid("file", "The file is empty; its first line must name the columns.");
        }
        if (new HashSet<>(header).size() != header.size()) {
            throw ContactException.invalid("file", "Two columns have the same name; rename one of them.");
        }
        var rows = 0;
        while (csv.next() != null) {
            rows++;
        }
        var id = UUID.randomUUID();
        var name = fileName.isBlank() ? "contacts.csv" : fileName.strip();
        imports.insert(
                workspace,
                id,
                name.length() > 200 ? name.substring(0, 200) : name,
                content,
                header,
                rows,
                uploadedBy,
                clock.instant());
        return get(workspace, id);
    }

    /**
     * Sets the mapping (column name → {@code displayName}, {@code phone}, {@code email}, {@code tags} or
     * {@code properties.<key>}; other columns are skipped) and queues the run. Starting a job twice changes
     * nothing.
     *
     * @param defaultCountry the calling code for phone numbers without one ({@code 39}); {@code null}: none
     * @throws ContactException NOT_FOUND, INVALID for an unknown column or field, or neither phone nor e-mail mapped
     */
    @Transactional
    public ContactImport start(
            WorkspaceId workspace, UUID id, Map<String, String> mapping, @Nullable String defaultCountry) {
        var job = get(workspace, id);
        var keys = new HashSet<String>();
        properties.list(workspace).forEach(d -> keys.add("properties." + d.key()));
        var violations = new ArrayList<ContactViolation>();
        var targets = new HashSet<String>();
        mapping.forEach((column, field) -> {
            if (!job.columns().contains(column)) {
                violations.add(new ContactViolation("mapping." + column, "The file has no column '" + column + "'."));
            } else if (field != null && !field.isBlank() && !FIELDS.contains(field) && !keys.contains(field)) {
                violations.add(new ContactViolation("mapping." + column, "There is no contact field '" + field + "'."));
            } else if (field != null) {
                targets.add(field);
            }
        });
        if (!targets.contains("phone") && !targets.contains("email")) {
            violations.add(new ContactViolation("mapping", "Map a column to phone or email: they find duplicates."));
        }
        var country = defaultCountry == null || defaultCountry.isBlank()
                ? null
                : defaultCountry.strip().replaceFirst("^\\+", "");
        if (country != null && !country.matches("[1-9][0-9]{0,2}")) {
            violations.add(
                    new ContactViolation("defaultCountry", "Give a country calling code of 1 to 3 digits, like 39."));
        }
        if (!violations.isEmpty()) {
            throw ContactException.invalid(violations);
        }
        var chosen = new HashMap<String, String>();
        mapping.forEach((column, field) -> {
            if (field != null && !field.isBlank()) {
                chosen.put(column, field);
            }
        });
        if (imports.queue(workspace, id, chosen, country)) {
            events.publishEvent(new ImportRequested(workspace, id));
        }
        return get(workspace, id);
    }

    /** @throws ContactException NOT_FOUND */
    @Transactional(readOnly = true)
    public ContactImport get(WorkspaceId workspace, UUID id) {
        return imports.get(workspace, id).orElseThrow(() -> ContactException.notFound("import"));
    }

    /** The latest 50, newest first. */
    @Transactional(readOnly = true)
    public List<ContactImport> list(WorkspaceId workspace) {
        return imports.list(workspace);
    }

    /**
     * Hands each refused row to {@code sink} in line order: line number, reason, the row as it was.
     *
     * @throws ContactException NOT_FOUND
     */
    @Transactional(readOnly = true)
    public void errors(WorkspaceId workspace, UUID id, Consumer<ImportError> sink) {
        get(workspace, id);
        imports.errors(workspace, id, e -> sink.accept(new ImportError(e.line(), e.message(), e.raw())));
    }

    /** A refused row of an import: its line in the file, why, and the row itself. */
    public record ImportError(int line, String message, String row) {}
}
