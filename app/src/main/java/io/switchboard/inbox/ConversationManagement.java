package io.switchboard.inbox;

import io.switchboard.contacts.ContactId;
import io.switchboard.inbox.ConversationUpdated.Change;
import io.switchboard.inbox.internal.ConversationSearch;
import io.switchboard.inbox.internal.ConversationStore;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.TeamManagement;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceException;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, reads and works conversations. Every method is scoped to one workspace; changes publish
 * {@link ConversationUpdated} (and {@link ConversationAssigned} for assignment).
 */
@Service
public class ConversationManagement {
    /** The longest list one call returns. */
    public static final int MAX_LIST = 200;

    private final ConversationStore conversations;
    private final ConversationSearch search;
    private final TeamManagement teams;
    private final UserManagement users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationManagement(
            ConversationStore conversations,
            ConversationSearch search,
            TeamManagement teams,
            UserManagement users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.conversations = conversations;
        this.search = search;
        this.teams = teams;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The conversations of a view, newest message first. {@code me} is null for API keys (MINE and TEAM
     * are then empty).
     *
     * @throws InboxException FORBIDDEN if an agent asks for ALL
     */
    @Transactional(readOnly = true)
    public List<Conversation> list(
            WorkspaceId workspace, @Nullable UserId me, Role role, ConversationFilter filter, int limit) {
        if (filter.view() == InboxView.ALL && !role.canManage()) {
            throw new InboxException(
                    InboxException.Kind.FORBIDDEN,
                    "view-forbidden",
                    "Only owners and admins see all conversations; use mine, unassigned or team.");
        }
        var query = filter.query();
        var contacts = query == null || query.isBlank() ? List.<ContactId>of() : search.contacts(workspace, query);
        return conversations.list(
                workspace, filter, me, myTeams(workspace, me), contacts, Math.clamp(limit, 1, MAX_LIST));
    }

    @Transactional(readOnly = true)
    public ConversationCounts counts(WorkspaceId workspace, @Nullable UserId me, Role role) {
        return conversations.counts(workspace, me, myTeams(workspace, me), role.canManage());
    }

    /** @throws InboxException NOT_FOUND if the conversation is not in this workspace */
    @Transactional(readOnly = true)
    public Conversation get(WorkspaceId workspace, ConversationId id) {
        return conversations.find(workspace, id).orElseThrow(() -> InboxException.notFound("conversation"));
    }

    /** The contact's conversations in this workspace, newest first (the contact panel's history). */
    @Transactional(readOnly = true)
    public List<Conversation> ofContact(WorkspaceId workspace, ContactId contact) {
        return conversations.ofContact(workspace, contact);
    }

    @Transactional(readOnly = true)
    public List<String> labels(WorkspaceId workspace) {
        return conversations.allLabels(workspace);
    }

    /**
     * Moves the conversation to {@code status}. SNOOZED needs {@code until} in the future or
     * {@code untilReply}. Resolving frees the (contact, number) slot for a new conversation.
     *
     * @throws InboxException INVALID for a snooze without an end, CONFLICT when reopening while another
     *     conversation with the same contact and number is open
     */
    @Transactional
    public Conversation changeStatus(
            WorkspaceId workspace,
            ConversationId id,
            ConversationStatus status,
            @Nullable Instant until,
            boolean untilReply) {
        var conversation = get(workspace, id);
        var now = clock.instant();
        if (status == ConversationStatus.SNOOZED && !untilReply && (until == null || !until.isAfter(now))) {
            throw InboxException.invalid(
                    "snooze-without-end", "Snooze until a time in the future or until the customer's next message.");
        }
        if (conversation.status() == ConversationStatus.RESOLVED
                && status != ConversationStatus.RESOLVED
                && conversations
                        .active(workspace, conversation.contactId(), conversation.channelId())
                        .isPresent()) {
            throw new InboxException(
                    InboxException.Kind.CONFLICT,
                    "conversation-already-open",
                    "The contact already has an open conversation on this number; continue there.");
        }
        var snoozed = status == ConversationStatus.SNOOZED;
        conversations.setStatus(workspace, conversation, status, snoozed ? until : null, snoozed && untilReply, now);
        events.publishEvent(new ConversationUpdated(workspace, id, Change.STATUS));
        return get(workspace, id);
    }

    /** Sets priority, subject (blank clears it) and labels (trimmed, lower case, at most 20). */
    @Transactional
    public Conversation changeDetails(
            WorkspaceId workspace,
            ConversationId id,
            @Nullable Priority priority,
            @Nullable String subject,
            @Nullable List<String> labels) {
        var conversation = get(workspace, id);
        var cleanSubject = subject == null ? conversation.subject() : subject.isBlank() ? null : subject.strip();
        conversations.setDetails(
                workspace, id, priority == null ? conversation.priority() : priority, cleanSubject, clock.instant());
        if (labels != null) {
            var clean = labels.stream()
                    .map(l -> l.strip().toLowerCase(Locale.ROOT))
                    .filter(l -> !l.isEmpty())
                    .distinct()
                    .toList();
            if (clean.size() > 20 || clean.stream().anyMatch(l -> l.length() > 60)) {
                throw InboxException.invalid("labels-invalid", "Use at most 20 labels of up to 60 characters.");
            }
            conversations.setLabels(workspace, id, clean);
        }
        events.publishEvent(new ConversationUpdated(workspace, id, Change.DETAILS));
        return get(workspace, id);
    }

    /**
     * Assigns to a member and/or a team; both null unassigns. A member must be active, a team must exist.
     *
     * @throws InboxException NOT_FOUND for an unknown conversation, member or team; INVALID for a
     *     deactivated member
     */
    @Transactional
    public Conversation assign(
            WorkspaceId workspace, ConversationId id, @Nullable UserId assignee, @Nullable TeamId team) {
        get(workspace, id);
        try {
            if (assignee != null && !users.member(workspace, assignee).active()) {
                throw InboxException.invalid("assignee-inactive", "This member is deactivated.");
            }
            if (team != null) {
                teams.team(workspace, team);
            }
        } catch (WorkspaceException unknown) {
            throw InboxException.notFound(assignee != null && team == null ? "member" : "member-or-team");
        }
        conversations.setAssignee(workspace, id, assignee, team, clock.instant());
        events.publishEvent(new ConversationAssigned(workspace, id, assignee, team, false));
        events.publishEvent(new ConversationUpdated(workspace, id, Change.ASSIGNED));
        return get(workspace, id);
    }

    /** An agent opened the conversation: its unread count goes to zero. */
    @Transactional
    public void markRead(WorkspaceId workspace, ConversationId id) {
        if (get(workspace, id).unreadCount() > 0) {
            conversations.markRead(workspace, id);
            events.publishEvent(new ConversationUpdated(workspace, id, Change.READ));
        }
    }

    private List<TeamId> myTeams(WorkspaceId workspace, @Nullable UserId me) {
        return me == null
                ? List.of()
                : teams.teamsOf(workspace, me).stream().map(t -> t.id()).toList();
    }
}
