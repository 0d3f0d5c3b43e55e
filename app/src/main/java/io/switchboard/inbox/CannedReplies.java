package io.switchboard.inbox;

import io.switchboard.inbox.internal.NoteStore;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Canned replies of a workspace: a shortcut (letters, digits, dash) and a body with {@code {{variables}}}. */
@Service
public class CannedReplies {
    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,59}");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z_.]+)\\s*}}");
    private final NoteStore store;
    private final Clock clock;

    CannedReplies(NoteStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CannedReply> list(WorkspaceId workspace) {
        return store.canned(workspace);
    }

    /** @throws InboxException INVALID for a bad shortcut or body, CONFLICT if the shortcut is taken */
    @Transactional
    public CannedReply create(WorkspaceId workspace, String shortcut, String body) {
        var clean = shortcut.strip().toLowerCase(Locale.ROOT);
        if (clean.startsWith("/")) {
            clean = clean.substring(1);
        }
        if (!SHORTCUT.matcher(clean).matches() || body.isBlank() || body.length() > 4000) {
            throw InboxException.invalid(
                    "canned-reply-invalid",
                    "A shortcut is 1 to 60 letters, digits, - or _; the text 1 to 4000 characters.");
        }
        if (store.shortcutTaken(workspace, clean)) {
            throw new InboxException(
                    InboxException.Kind.CONFLICT, "shortcut-taken", "There is already a canned reply /" + clean + ".");
        }
        var id = UUID.randomUUID();
        store.insertCanned(workspace, id, clean, body.strip(), clock.instant());
        return store.cannedReply(workspace, id).orElseThrow();
    }

    /** @throws InboxException NOT_FOUND if the reply is not in this workspace */
    @Transactional
    public void delete(WorkspaceId workspace, UUID id) {
        if (!store.deleteCanned(workspace, id)) {
            throw InboxException.notFound("canned-reply");
        }
    }

    /** Fills {@code {{contact.name}}}, {@code {{agent.name}}} …; an unknown variable is left as typed. */
    public static String fill(String body, Map<String, String> values) {
        return VARIABLE.matcher(body)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }
}
