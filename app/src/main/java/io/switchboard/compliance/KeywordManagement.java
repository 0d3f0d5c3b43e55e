package io.switchboard.compliance;

import io.switchboard.compliance.internal.KeywordRules;
import io.switchboard.compliance.internal.KeywordStore;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's opt-out and opt-in keywords per language, with built-in defaults (English, Italian, German,
 * Spanish, French, Portuguese) until the workspace sets its own. Every method is scoped to one workspace.
 */
@Service
public class KeywordManagement {
    private final KeywordStore store;
    private final Clock clock;

    KeywordManagement(KeywordStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The workspace's keyword sets in the order they are matched (the defaults if it set none). */
    @Transactional(readOnly = true)
    public List<KeywordSet> keywords(WorkspaceId workspace) {
        return store.sets(workspace);
    }

    /**
     * Replaces the workspace's keyword sets (an empty list restores the defaults). Keywords are kept as
     * typed, without blanks and duplicates.
     *
     * @throws ComplianceException INVALID naming the field if a language is malformed or given twice, a
     *     keyword is longer than 40 characters, or one keyword both opts out and in
     */
    @Transactional
    public List<KeywordSet> update(WorkspaceId workspace, List<KeywordSet> sets) {
        var clean = KeywordRules.validate(sets);
        store.replace(workspace, clean, clock.instant());
        return store.sets(workspace);
    }

    /** Whether {@code message} is a keyword of this workspace, and which. */
    @Transactional(readOnly = true)
    public Optional<KeywordMatch> match(WorkspaceId workspace, String message) {
        return KeywordRules.match(store.sets(workspace), message);
    }
}
