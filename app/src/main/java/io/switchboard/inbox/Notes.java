package io.switchboard.inbox;

import io.switchboard.inbox.internal.NoteStore;
import io.switchboard.workspace.Member;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal notes on conversations. {@code @name} mentions an active member by the first word of their
 * display name, their display name without spaces, or their e-mail's local part (case ignored); each
 * mentioned member gets {@link UserMentioned}.
 */
@Service
public class Notes {
    private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}._-]+)");
    private final NoteStore notes;
    private final ConversationManagement conversations;
    private final UserManagement users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notes(
            NoteStore notes,
            ConversationManagement conversations,
            UserManagement users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notes = notes;
        this.conversations = conversations;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Oldest first. @throws InboxException NOT_FOUND if the conversation is not in this workspace */
    @Transactional(readOnly = true)
    public List<Note> notes(WorkspaceId workspace, ConversationId conversation) {
        conversations.get(workspace, conversation);
        return notes.notes(workspace, conversation);
    }

    /**
     * Adds a note by {@code author} (null: an API key, named {@code authorName}).
     *
     * @throws InboxException NOT_FOUND for an unknown conversation, INVALID for an empty or too long body
     */
    @Transactional
    public Note add(
            WorkspaceId workspace,
            ConversationId conversation,
            @Nullable UserId author,
            String authorName,
            String body) {
        conversations.get(workspace, conversation);
        var text = body.strip();
        if (text.isEmpty() || text.length() > 4000) {
            throw InboxException.invalid("note-invalid", "A note has 1 to 4000 characters.");
        }
        var mentioned = mentioned(workspace, text);
        var id = UUID.randomUUID();
        notes.insert(workspace, id, conversation, author, authorName, text, mentioned, clock.instant());
        mentioned.forEach(user -> events.publishEvent(new UserMentioned(workspace, conversation, id, user)));
        events.publishEvent(new ConversationUpdated(workspace, conversation, ConversationUpdated.Change.NOTE));
        return notes.notes(workspace, conversation).stream()
                .filter(n -> n.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Mentions of the user not yet seen (opening the conversation marks them read). */
    @Transactional(readOnly = true)
    public int unreadMentions(WorkspaceId workspace, UserId user) {
        return notes.unreadMentions(workspace, user);
    }

    @Transactional
    public void readMentions(WorkspaceId workspace, UserId user, ConversationId conversation) {
        notes.readMentions(workspace, user, conversation, clock.instant());
    }

    private List<UserId> mentioned(WorkspaceId workspace, String text) {
        var names = MENTION.matcher(text)
                .results()
                .map(m -> m.group(1).toLowerCase(Locale.ROOT))
                .toList();
        if (names.isEmpty()) {
            return List.of();
        }
        return users.members(workspace).stream()
                .filter(Member::active)
                .filter(m -> names.stream().anyMatch(n -> handles(m).contains(n)))
                .map(Member::userId)
                .toList();
    }

    private static List<String> handles(Member m) {
        var name = m.displayName().strip().toLowerCase(Locale.ROOT);
        var first = name.split("\\s+")[0];
        var local = m.email().toLowerCase(Locale.ROOT).split("@")[0];
        return List.of(first, name.replaceAll("\\s+", ""), local);
    }
}
