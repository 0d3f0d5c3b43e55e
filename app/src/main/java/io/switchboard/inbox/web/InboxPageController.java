package io.switchboard.inbox.web;

import io.switchboard.channels.ChannelException;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.channels.MediaLibrary;
import io.switchboard.inbox.CannedReplies;
import io.switchboard.inbox.Conversation;
import io.switchboard.inbox.ConversationFilter;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationManagement;
import io.switchboard.inbox.ConversationStatus;
import io.switchboard.inbox.InboxException;
import io.switchboard.inbox.InboxView;
import io.switchboard.inbox.Notes;
import io.switchboard.inbox.internal.LiveEvents;
import io.switchboard.messaging.OutboundContent;
import io.switchboard.messaging.OutboundMessaging;
import io.switchboard.messaging.OutboundRequest;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.messaging.SendSource;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.TeamManagement;
import io.switchboard.workspace.UserId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The three-pane inbox: list, thread with composer, contact panel; htmx fragments and the SSE stream. */
@Controller
@RequestMapping("/inbox")
class InboxPageController {
    private final ConversationManagement conversations;
    private final Notes notes;
    private final CannedReplies canned;
    private final TeamManagement teams;
    private final ChannelManagement channels;
    private final InboxPage page;
    private final LiveEvents live;
    private final OutboundMessaging outbound;
    private final MediaLibrary media;
    private final MessageSource messages;

    InboxPageController(
            ConversationManagement conversations,
            Notes notes,
            CannedReplies canned,
            TeamManagement teams,
            ChannelManagement channels,
            InboxPage page,
            LiveEvents live,
            OutboundMessaging outbound,
            MediaLibrary media,
            MessageSource messages) {
        this.conversations = conversations;
        this.notes = notes;
        this.canned = canned;
        this.teams = teams;
        this.channels = channels;
        this.page = page;
        this.live = live;
        this.outbound = outbound;
        this.media = media;
        this.messages = messages;
    }

    @GetMapping
    String inbox(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String label,
            @RequestParam(required = false) @Nullable UUID channel,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID c,
            Model model) {
        list(me, view, status, label, channel, q, c, model);
        var workspace = me.workspaceId();
        model.addAttribute("teams", teams.teams(workspace));
        model.addAttribute("channels", channels.channels(workspace));
        model.addAttribute("labels", conversations.labels(workspace));
        model.addAttribute("cannedReplies", canned.list(workspace));
        if (c != null) {
            thread(me, c, model);
        }
        return "inbox/inbox";
    }

    @GetMapping("/list")
    String list(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String label,
            @RequestParam(required = false) @Nullable UUID channel,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID c,
            Model model) {
        var workspace = me.workspaceId();
        var chosen = view == null || view.isBlank()
                ? (me.canManage() ? InboxView.ALL : InboxView.MINE)
                : InboxView.valueOf(view);
        var filter = new ConversationFilter(
                chosen,
                blank(status) ? null : ConversationStatus.valueOf(status),
                null,
                null,
                blank(label) ? null : label,
                channel == null ? null : new ChannelId(channel),
                q);
        var list = conversations.list(workspace, me.userId(), me.role(), filter, 100);
        model.addAttribute("view", chosen.name());
        model.addAttribute("filter", filter);
        model.addAttribute("selected", c == null ? "" : c.toString());
        model.addAttribute("counts", conversations.counts(workspace, me.userId(), me.role()));
        model.addAttribute("rows", page.rows(workspace, list));
        model.addAttribute("canSeeAll", me.role() != Role.AGENT);
        return "inbox/list :: list";
    }

    @GetMapping("/conversations/{id}")
    String thread(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, Model model) {
        var workspace = me.workspaceId();
        var conversationId = new ConversationId(id);
        var conversation = conversations.get(workspace, conversationId);
        conversations.markRead(workspace, conversationId);
        if (me.userId() != null) {
            notes.readMentions(workspace, me.userId(), conversationId);
        }
        model.addAttribute("conversation", conversation);
        model.addAttribute("contactName", page.contactName(workspace, conversation));
        model.addAttribute("items", page.items(workspace, conversationId));
        model.addAttribute("window", page.window(workspace, conversation));
        model.addAttribute("members", page.memberNames(workspace));
        model.addAttribute("history", conversations.ofContact(workspace, conversation.contactId()));
        model.addAttribute("templates", page.templates(workspace, conversation));
        model.addAttribute("teamsList", teams.teams(workspace));
        return "inbox/thread :: thread";
    }

    @PostMapping("/conversations/{id}/notes")
    String addNote(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam String body,
            Model model) {
        notes.add(me.workspaceId(), new ConversationId(id), me.userId(), me.displayName(), body);
        return thread(me, id, model);
    }

    /**
     * A reply through the outbound pipeline: text, text with up to three quick-reply buttons, or an attached
     * file (uploaded to the number first, the text as its caption). A refusal is shown with the policy's
     * reason, never hidden.
     */
    @PostMapping("/conversations/{id}/reply")
    String reply(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String buttons,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam String key,
            Model model) {
        var workspace = me.workspaceId();
        var conversation = conversations.get(workspace, new ConversationId(id));
        var text = body.strip();
        try {
            var content = ReplyContent.of(
                    text,
                    buttons,
                    file,
                    upload -> media.upload(
                            workspace, conversation.channelId(), upload.filename(), upload.mimeType(), upload.bytes()));
            if (content.isPresent()) {
                send(me, conversation, content.get(), "inbox-" + key, model);
            }
        } catch (ReplyContent.Invalid e) {
            model.addAttribute("replyProblem", messages.getMessage(e.key(), e.args(), locale()));
        } catch (ChannelException e) {
            model.addAttribute("replyProblem", e.getMessage());
        }
        return thread(me, id, model);
    }

    /** An approved template with its body variables, the only thing that may go outside the window. */
    @PostMapping("/conversations/{id}/template")
    String template(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam String template,
            @RequestParam(name = "variable", required = false) @Nullable List<String> variables,
            @RequestParam String key,
            Model model) {
        var workspace = me.workspaceId();
        var conversation = conversations.get(workspace, new ConversationId(id));
        var choice = page.template(workspace, conversation, template);
        var values = variables == null
                ? List.<String>of()
                : variables.stream().map(String::strip).toList();
        if (choice.isEmpty()) {
            model.addAttribute("replyProblem", messages.getMessage("inbox.template.unknown", null, locale()));
        } else if (values.size() != choice.get().variables().size()
                || values.stream().anyMatch(String::isEmpty)) {
            model.addAttribute("replyProblem", messages.getMessage("inbox.template.fillAll", null, locale()));
        } else {
            var c = choice.get();
            send(me, conversation, new OutboundContent.Template(c.name(), c.language(), values), "inbox-" + key, model);
        }
        return thread(me, id, model);
    }

    private void send(
            SwitchboardPrincipal me, Conversation conversation, OutboundContent content, String key, Model model) {
        // The form's key: a double submit (or htmx retry) is answered DUPLICATE instead of sent twice.
        var decision = outbound.send(
                me.workspaceId(),
                new OutboundRequest(
                        conversation.contactId(),
                        conversation.channelId(),
                        content,
                        SendSource.OPERATOR,
                        me.userId(),
                        key,
                        null));
        if (!decision.accepted() && decision.reason() != ReasonCode.DUPLICATE) {
            model.addAttribute("replyProblem", decision.explanation());
        }
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    @PostMapping("/conversations/{id}/status")
    String status(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam ConversationStatus status,
            Model model) {
        // From the page, snoozing means "until the customer writes again".
        conversations.changeStatus(
                me.workspaceId(), new ConversationId(id), status, null, status == ConversationStatus.SNOOZED);
        return thread(me, id, model);
    }

    @PostMapping("/conversations/{id}/assign")
    String assign(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable String team,
            Model model) {
        var user = "me".equals(assignee) ? me.userId() : blank(assignee) ? null : UserId.parse(assignee);
        conversations.assign(
                me.workspaceId(),
                new ConversationId(id),
                user,
                blank(team) ? null : TeamId.parse(Objects.requireNonNull(team)));
        return thread(me, id, model);
    }

    /** "Someone is typing": relayed to the workspace's other browsers, never stored. */
    @PostMapping("/conversations/{id}/typing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void typing(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        conversations.get(me.workspaceId(), new ConversationId(id));
        live.publish(me.workspaceId(), "typing", "{\"id\":\"%s\",\"user\":\"%s\"}".formatted(id, me.userId()), null);
    }

    @GetMapping(path = "/events", produces = "text/event-stream")
    SseEmitter events(@AuthenticationPrincipal SwitchboardPrincipal me) {
        if (me.userId() == null) {
            throw new InboxException(
                    InboxException.Kind.FORBIDDEN, "users-only", "Only signed-in users get live events.");
        }
        return live.subscribe(me.workspaceId(), me.userId(), me.displayName());
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
