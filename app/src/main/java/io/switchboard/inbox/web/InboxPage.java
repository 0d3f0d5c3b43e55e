package io.switchboard.inbox.web;

import io.switchboard.contacts.Contact;
import io.switchboard.contacts.ContactDirectory;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.inbox.Conversation;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.Note;
import io.switchboard.inbox.Notes;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.messaging.ServiceWindows;
import io.switchboard.messaging.StoredMessage;
import io.switchboard.workspace.Member;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the read models of the inbox page's panes from the module APIs (no SQL here). */
@Component
class InboxPage {
    /** A row of the conversation list. */
    record Row(
            Conversation conversation,
            String contactName,
            @Nullable String assigneeName,
            String preview) {}

    /** A message or a note, in time order. */
    record Item(
            Instant at,
            ThreadView.@Nullable Message message,
            @Nullable Note note) {}

    /** The service window: open with time left, or closed (only templates may be sent). */
    record Window(boolean open, @Nullable Instant expiresAt, String left) {}

    private final ContactManagement contacts;
    private final ContactDirectory directory;
    private final MessageManagement messages;
    private final UserManagement users;
    private final ThreadView thread;
    private final Notes notes;
    private final ServiceWindows windows;
    private final TemplatePicker templates;
    private final Clock clock;

    InboxPage(
            ContactManagement contacts,
            ContactDirectory directory,
            MessageManagement messages,
            UserManagement users,
            ThreadView thread,
            Notes notes,
            ServiceWindows windows,
            TemplatePicker templates,
            Clock clock) {
        this.contacts = contacts;
        this.directory = directory;
        this.messages = messages;
        this.templates = templates;
        this.users = users;
        this.thread = thread;
        this.notes = notes;
        this.windows = windows;
        this.clock = clock;
    }

    /**
     * The rows of a list page: contacts and latest messages are read for the whole page in one call each
     * (a page of 100 used to cost some 400 statements). The preview is the conversation's latest message.
     */
    List<Row> rows(WorkspaceId workspace, List<Conversation> conversations) {
        var names = memberNames(workspace);
        var people = directory.byIds(
                workspace, conversations.stream().map(Conversation::contactId).toList());
        var latest = new HashMap<MessageId, StoredMessage>();
        messages.byIds(
                        workspace,
                        conversations.stream()
                                .map(Conversation::lastMessageId)
                                .filter(Objects::nonNull)
                                .toList())
                .forEach(m -> latest.put(m.id(), m));
        var rows = new ArrayList<Row>();
        for (var c : conversations) {
            var last = c.lastMessageId() == null ? null : latest.get(c.lastMessageId());
            var contact = people.get(c.contactId());
            rows.add(new Row(
                    c,
                    contact == null ? c.contactId().toString().substring(0, 8) : name(contact),
                    c.assigneeId() == null ? null : names.get(c.assigneeId().value()),
                    last == null ? "" : preview(ThreadView.view(last))));
        }
        return rows;
    }

    List<Item> items(WorkspaceId workspace, ConversationId id) {
        var items = new ArrayList<Item>();
        thread.messages(workspace, id, null, 100).forEach(m -> items.add(new Item(m.occurredAt(), m, null)));
        notes.notes(workspace, id).forEach(n -> items.add(new Item(n.createdAt(), null, n)));
        items.sort(Comparator.comparing(Item::at));
        return items;
    }

    String contactName(WorkspaceId workspace, Conversation c) {
        return name(contacts.get(workspace, c.contactId()));
    }

    private static String name(Contact contact) {
        var name = contact.profileName() != null ? contact.profileName() : contact.phone();
        return name == null ? contact.id().toString().substring(0, 8) : name;
    }

    /** The approved templates the composer can send in this conversation, prefilled for its contact. */
    List<TemplatePicker.Choice> templates(WorkspaceId workspace, Conversation c) {
        return templates.choices(workspace, c.channelId(), contacts.get(workspace, c.contactId()));
    }

    Optional<TemplatePicker.Choice> template(WorkspaceId workspace, Conversation c, String value) {
        return templates.find(workspace, c.channelId(), contacts.get(workspace, c.contactId()), value);
    }

    Map<UUID, String> memberNames(WorkspaceId workspace) {
        return users.members(workspace).stream()
                .collect(Collectors.toMap(m -> m.userId().value(), Member::displayName));
    }

    Window window(WorkspaceId workspace, Conversation c) {
        var expires = windows.expiresAt(workspace, c.contactId(), c.channelId()).orElse(null);
        var now = clock.instant();
        if (expires == null || !expires.isAfter(now)) {
            return new Window(false, expires, "");
        }
        var left = Duration.between(now, expires);
        return new Window(true, expires, "%d h %02d min".formatted(left.toHours(), left.toMinutesPart()));
    }

    static String preview(ThreadView.Message m) {
        var text = switch (m.kind()) {
            case "text" -> m.text("body");
            case "media" -> "[" + m.text("mediaKind") + "] " + m.text("caption");
            case "location" -> "[location] " + m.text("name");
            case "reaction" -> "[reaction] " + m.text("emoji");
            case "button_reply", "list_reply" -> m.text("title");
            case "buttons", "list" -> m.text("body");
            case "template" -> "[template] " + m.text("name");
            default -> "[" + m.kind() + "]";
        };
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
