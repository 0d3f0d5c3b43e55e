package io.switchboard.inbox.internal;

import static io.switchboard.inbox.internal.Db.ts;
import static io.switchboard.inbox.internal.Db.uuid;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.inbox.Conversation;
import io.switchboard.inbox.ConversationCounts;
import io.switchboard.inbox.ConversationFilter;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationStatus;
import io.switchboard.inbox.Priority;
import io.switchboard.messaging.MessageId;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes conversations and their labels. */
@Repository
public class ConversationStore {
    // "in ()" is not SQL: a list of teams always holds at least this id, which no team has.
    private static final UUID NO_TEAM = new UUID(0, 0);
    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String activeKey(ContactId contact, ChannelId channel) {
        return contact.value() + ":" + channel.value();
    }

    public Optional<Conversation> find(WorkspaceId workspace, ConversationId id) {
        return jdbc.sql(ConversationQueries.FIND)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query((rs, n) -> ConversationRows.row(rs))
                .optional()
                .map(c -> withLabels(workspace, List.of(c)).getFirst());
    }

    public Optional<Conversation> active(WorkspaceId workspace, ContactId contact, ChannelId channel) {
        return jdbc.sql(ConversationQueries.ACTIVE)
                .param("workspace", workspace.value())
                .param("key", activeKey(contact, channel))
                .query((rs, n) -> ConversationRows.row(rs))
                .optional()
                .map(c -> withLabels(workspace, List.of(c)).getFirst());
    }

    /**
     * Like {@link #active} without reading the labels (left empty): for the inbound path, which needs only the
     * conversation's state and would otherwise pay a second statement per message.
     */
    Optional<Conversation> activeUnlabelled(WorkspaceId workspace, ContactId contact, ChannelId channel) {
        return jdbc.sql(ConversationQueries.ACTIVE)
                .param("workspace", workspace.value())
                .param("key", activeKey(contact, channel))
                .query((rs, n) -> ConversationRows.row(rs))
                .optional();
    }

    public Optional<Conversation> latestResolved(
            WorkspaceId workspace, ContactId contact, ChannelId channel, Instant since) {
        return jdbc.sql(ConversationQueries.LATEST_RESOLVED)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("channel", channel.value())
                .param("since", ts(since))
                .query((rs, n) -> ConversationRows.row(rs))
                .optional()
                .map(c -> withLabels(workspace, List.of(c)).getFirst());
    }

    public List<Conversation> ofContact(WorkspaceId workspace, ContactId contact) {
        return withLabels(
                workspace,
                jdbc.sql(ConversationQueries.OF_CONTACT)
                        .param("workspace", workspace.value())
                        .param("contact", contact.value())
                        .query((rs, n) -> ConversationRows.row(rs))
                        .list());
    }

    /** False if another conversation with this contact and number is open (a concurrent insert won). */
    public boolean insert(WorkspaceId workspace, ConversationId id, ContactId contact, ChannelId channel, Instant now) {
        return jdbc.sql(ConversationQueries.INSERT)
                        .param("id", id.value())
                        .param("workspace", workspace.value())
                        .param("contact", contact.value())
                        .param("channel", channel.value())
                        .param("key", activeKey(contact, channel))
                        .param("now", ts(now))
                        .update()
                == 1;
    }

    /** @param contacts conversations with these contacts match the filter's query too (see ConversationSearch) */
    public List<Conversation> list(
            WorkspaceId workspace,
            ConversationFilter filter,
            @Nullable UserId me,
            List<TeamId> myTeams,
            List<ContactId> contacts,
            int limit) {
        var query = filter.query() == null || filter.query().isBlank()
                ? null
                : "%" + filter.query().strip().toLowerCase(Locale.ROOT) + "%";
        return withLabels(
                workspace,
                jdbc.sql(query == null ? ListQueries.LIST : ListQueries.SEARCH)
                        .param("workspace", workspace.value())
                        .param("view", filter.view().name())
                        .param("me", me == null ? NO_TEAM : me.value())
                        .param("teams", teams(myTeams))
                        .param(
                                "status",
                                filter.status() == null ? null : filter.status().name())
                        .param(
                                "assignee",
                                filter.assignee() == null
                                        ? null
                                        : filter.assignee().value())
                        .param(
                                "team",
                                filter.team() == null ? null : filter.team().value())
                        .param(
                                "channel",
                                filter.channel() == null
                                        ? null
                                        : filter.channel().value())
                        .param("label", filter.label())
                        .param("query", query)
                        .param(
                                "contacts",
                                ids(contacts.stream().map(ContactId::value).toList()))
                        .param("limit", limit)
                        .query((rs, n) -> ConversationRows.row(rs))
                        .list());
    }

    public ConversationCounts counts(WorkspaceId workspace, @Nullable UserId me, List<TeamId> myTeams, boolean all) {
        return jdbc.sql(ListQueries.COUNTS)
                .param("workspace", workspace.value())
                .param("me", me == null ? NO_TEAM : me.value())
                .param("teams", teams(myTeams))
                .query((rs, n) -> new ConversationCounts(
                        rs.getInt("mine"), rs.getInt("unassigned"), rs.getInt("team"), all ? rs.getInt("total") : 0))
                .single();
    }

    public void setStatus(
            WorkspaceId workspace,
            Conversation c,
            ConversationStatus status,
            @Nullable Instant until,
            boolean untilReply,
            Instant now) {
        jdbc.sql(ConversationQueries.SET_STATUS)
                .param("workspace", workspace.value())
                .param("id", c.id().value())
                .param("status", status.name())
                .param("key", status == ConversationStatus.RESOLVED ? null : activeKey(c.contactId(), c.channelId()))
                .param("until", ts(until))
                .param("untilReply", untilReply)
                .param("resolvedAt", status == ConversationStatus.RESOLVED ? ts(now) : null)
                .param("now", ts(now))
                .update();
    }

    public void setDetails(
            WorkspaceId workspace, ConversationId id, Priority priority, @Nullable String subject, Instant now) {
        jdbc.sql(ConversationQueries.SET_DETAILS)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("priority", priority.name())
                .param("subject", subject)
                .param("now", ts(now))
                .update();
    }

    public void setAssignee(
            WorkspaceId workspace, ConversationId id, @Nullable UserId assignee, @Nullable TeamId team, Instant now) {
        jdbc.sql(ConversationQueries.SET_ASSIGNEE)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("assignee", assignee == null ? null : assignee.value())
                .param("team", team == null ? null : team.value())
                .param("now", ts(now))
                .update();
    }

    /** Links a message to the conversation; false if it was linked before (a redelivered event). */
    public boolean link(WorkspaceId workspace, ConversationId id, MessageId message, String direction, Instant at) {
        return jdbc.sql(ConversationQueries.LINK_MESSAGE)
                        .param("workspace", workspace.value())
                        .param("message", message.value())
                        .param("conversation", id.value())
                        .param("direction", direction)
                        .param("at", ts(at))
                        .update()
                == 1;
    }

    public void touch(
            WorkspaceId workspace,
            ConversationId id,
            MessageId message,
            String type,
            String direction,
            Instant at,
            Instant now) {
        jdbc.sql(ConversationQueries.TOUCH)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("message", message.value())
                .param("type", type)
                .param("direction", direction)
                .param("at", ts(at))
                .param("now", ts(now))
                .update();
    }

    /** {@link #touch} with an inbound message and {@link #addUnread}, in one statement. */
    void touchInbound(
            WorkspaceId workspace, ConversationId id, MessageId message, String type, Instant at, Instant now) {
        jdbc.sql(IntakeQueries.TOUCH_INBOUND)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("message", message.value())
                .param("type", type)
                .param("at", ts(at))
                .param("now", ts(now))
                .update();
    }

    public void addUnread(WorkspaceId workspace, ConversationId id) {
        jdbc.sql(ConversationQueries.ADD_UNREAD)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .update();
    }

    public void markRead(WorkspaceId workspace, ConversationId id) {
        jdbc.sql(ConversationQueries.MARK_READ)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .update();
    }

    public List<ConversationId> assignedTo(WorkspaceId workspace, UserId user) {
        return jdbc.sql(ConversationQueries.RELEASE_ASSIGNEE)
                .param("workspace", workspace.value())
                .param("user", user.value())
                .query((rs, n) -> new ConversationId(uuid(rs, "id")))
                .list();
    }

    /** Snoozes whose time has come, in every workspace: the wake-up job is the one caller without a tenant. */
    public List<Object[]> dueSnoozes(Instant now) {
        return jdbc.sql(ConversationQueries.DUE_SNOOZES)
                .param("now", ts(now))
                .query((rs, n) -> new Object[] {uuid(rs, "workspace_id"), uuid(rs, "id")})
                .list();
    }

    public void setLabels(WorkspaceId workspace, ConversationId id, List<String> labels) {
        jdbc.sql(ConversationQueries.CLEAR_LABELS)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .update();
        for (var label : labels) {
            jdbc.sql(ConversationQueries.ADD_LABEL)
                    .param("workspace", workspace.value())
                    .param("id", id.value())
                    .param("label", label)
                    .update();
        }
    }

    public List<String> allLabels(WorkspaceId workspace) {
        return jdbc.sql(ConversationQueries.ALL_LABELS)
                .param("workspace", workspace.value())
                .query(String.class)
                .list();
    }

    /** The conversations with their labels, read in one statement for the whole list (not one per row). */
    private List<Conversation> withLabels(WorkspaceId workspace, List<Conversation> conversations) {
        if (conversations.isEmpty()) {
            return conversations;
        }
        var labels = new HashMap<UUID, List<String>>();
        jdbc.sql(ConversationQueries.LABELS_OF)
                .param("workspace", workspace.value())
                .param("ids", conversations.stream().map(c -> c.id().value()).toList())
                .query(rs -> {
                    labels.computeIfAbsent(uuid(rs, "conversation_id"), k -> new ArrayList<>())
                            .add(rs.getString("label"));
                });
        return conversations.stream()
                .map(c -> labels.containsKey(c.id().value())
                        ? ConversationRows.labelled(c, labels.get(c.id().value()))
                        : c)
                .toList();
    }

    private List<UUID> teams(List<TeamId> teams) {
        return ids(teams.stream().map(TeamId::value).toList());
    }

    private static List<UUID> ids(List<UUID> values) {
        var ids = new ArrayList<UUID>();
        ids.add(NO_TEAM);
        ids.addAll(values);
        return ids;
    }
}
