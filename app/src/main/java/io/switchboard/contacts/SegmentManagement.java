package io.switchboard.contacts;

import io.switchboard.contacts.internal.SegmentCompiler;
import io.switchboard.contacts.internal.SegmentQueries;
import io.switchboard.contacts.internal.SegmentStore;
import io.switchboard.contacts.spi.SegmentCriteria;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved segments of a workspace and their members. A definition is checked (kinds, operators, values, and
 * that the tags, properties and campaigns it names exist in the workspace) whenever it is saved, counted or
 * read, so an invalid one fails with {@link ContactException} INVALID naming {@code conditions[i].<part>}.
 * Members are evaluated on every read; nothing is cached.
 */
@Service
public class SegmentManagement {
    /** The largest chunk {@link #memberIds} returns. */
    public static final int MAX_CHUNK = 5_000;

    private final SegmentStore store;
    private final SegmentCompiler compiler;
    private final SegmentQueries queries;
    private final ContactDirectory directory;
    private final Clock clock;

    SegmentManagement(
            SegmentStore store,
            SegmentCompiler compiler,
            SegmentQueries queries,
            ContactDirectory directory,
            Clock clock) {
        this.store = store;
        this.compiler = compiler;
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    /** The condition kinds and their operators, for editors. */
    public List<SegmentCriteria.Kind> kinds() {
        return compiler.kinds();
    }

    /** @throws ContactException INVALID for a blank or long name or an invalid definition */
    @Transactional
    public Segment create(WorkspaceId workspace, String name, SegmentDefinition definition) {
        var clean = name(name);
        compiler.compile(workspace, definition);
        var id = SegmentId.random();
        store.insert(workspace, id, clean, definition, clock.instant());
        return get(workspace, id);
    }

    /** Replaces name and definition. @throws ContactException NOT_FOUND, INVALID */
    @Transactional
    public Segment update(WorkspaceId workspace, SegmentId id, String name, SegmentDefinition definition) {
        var clean = name(name);
        get(workspace, id);
        compiler.compile(workspace, definition);
        store.update(workspace, id, clean, definition, clock.instant());
        return get(workspace, id);
    }

    /** @throws ContactException NOT_FOUND */
    @Transactional
    public void delete(WorkspaceId workspace, SegmentId id) {
        if (!store.delete(workspace, id)) {
            throw notFound();
        }
    }

    @Transactional(readOnly = true)
    public List<Segment> list(WorkspaceId workspace) {
        return store.list(workspace);
    }

    /** @throws ContactException NOT_FOUND */
    @Transactional(readOnly = true)
    public Segment get(WorkspaceId workspace, SegmentId id) {
        return store.get(workspace, id).orElseThrow(SegmentManagement::notFound);
    }

    /** How many contacts match now. @throws ContactException INVALID */
    @Transactional(readOnly = true)
    public long count(WorkspaceId workspace, SegmentDefinition definition) {
        return queries.count(workspace, compiler.compile(workspace, definition));
    }

    /** The matching contacts, newest first, after {@code after} (the previous page's next). */
    @Transactional(readOnly = true)
    public ContactPage members(
            WorkspaceId workspace, SegmentDefinition definition, @Nullable ContactId after, int limit) {
        var size = Math.clamp(limit, 1, ContactDirectory.MAX_PAGE);
        var found = queries.members(workspace, compiler.compile(workspace, definition), after, size);
        return directory.page(workspace, found, size);
    }

    /** The members of a saved segment. @throws ContactException NOT_FOUND, INVALID */
    @Transactional(readOnly = true)
    public ContactPage members(WorkspaceId workspace, SegmentId id, @Nullable ContactId after, int limit) {
        return members(workspace, get(workspace, id).definition(), after, limit);
    }

    /**
     * Up to {@code limit} (at most {@link #MAX_CHUNK}) member ids of a saved segment greater than {@code after},
     * in id order: a large segment is read chunk by chunk, each chunk one indexed statement, and a reader that
     * stopped can resume from the last id it handled. Each call sees the members at that moment.
     *
     * @throws ContactException NOT_FOUND, INVALID (a tag or campaign it names was deleted since)
     */
    @Transactional(readOnly = true)
    public List<ContactId> memberIds(WorkspaceId workspace, SegmentId id, @Nullable ContactId after, int limit) {
        var compiled = compiler.compile(workspace, get(workspace, id).definition());
        return queries.ids(workspace, compiled, after, Math.clamp(limit, 1, MAX_CHUNK));
    }

    private static String name(@Nullable String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw ContactException.invalid("name", "Give the segment a name of at most 120 characters.");
        }
        return name.strip();
    }

    private static ContactException notFound() {
        return ContactException.notFound("segment");
    }
}
