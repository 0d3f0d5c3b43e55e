package io.switchboard.messaging.internal;

import io.switchboard.channels.WhatsAppChannel;
import io.switchboard.contacts.Contact;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.OutboundContent;
import io.switchboard.messaging.OutboundMessageView;
import io.switchboard.messaging.OutboundRequest;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.messaging.SendDecision;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the policy's decision in the caller's transaction: the message row (QUEUED, or BLOCKED with the
 * reason) and, when it sends, its outbox row, so that neither exists without the other.
 */
@Component
public class OutboundIntake {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final OutboundPolicy policy;
    private final OutboundRows messages;
    private final OutboxStore outbox;
    private final OutboundViews views;
    private final Clock clock;

    OutboundIntake(OutboundPolicy policy, OutboundRows messages, OutboxStore outbox, OutboundViews views, Clock clock) {
        this.policy = policy;
        this.messages = messages;
        this.outbox = outbox;
        this.views = views;
        this.clock = clock;
    }

    public SendDecision take(WorkspaceId ws, OutboundRequest request, Contact contact, WhatsAppChannel channel) {
        var key = request.idempotencyKey();
        if (key != null) {
            var earlier = messages.byIdempotencyKey(ws, key);
            if (earlier.isPresent()) {
                return duplicate(earlier.get());
            }
        }
        var now = clock.instant();
        var verdict = policy.decide(ws, request, contact, channel, now);
        var id = MessageId.random();
        var sends = verdict.reason().sends();
        var content = JSON.writeValueAsString(request.content());
        var inserted = messages.insert(new OutboundRows.NewOutbound(
                id,
                ws,
                request.channel(),
                request.contact(),
                request.content().type(),
                content,
                sends ? MessageStatus.QUEUED : MessageStatus.BLOCKED,
                verdict.reason(),
                request.source(),
                request.actor(),
                request.campaignRef(),
                key,
                now));
        if (!inserted) {
            // A concurrent request with the same key won the insert.
            return duplicate(
                    messages.byIdempotencyKey(ws, key == null ? "" : key).orElseThrow());
        }
        if (sends) {
            outbox.insert(new OutboxStore.NewRow(
                    UUID.randomUUID(),
                    ws,
                    request.channel(),
                    id,
                    request.contact(),
                    contact.waId() != null ? "+" + contact.waId() : contact.phone(),
                    channel.wabaId(),
                    verdict.businessInitiated(),
                    content,
                    verdict.dueAt(),
                    now));
        }
        return new SendDecision(sends, id, verdict.reason(), verdict.explanation());
    }

    /** What {@link #take} would decide now, without storing anything (a campaign's dry run). */
    public SendDecision check(WorkspaceId ws, OutboundRequest request, Contact contact, WhatsAppChannel channel) {
        var key = request.idempotencyKey();
        if (key != null) {
            var earlier = messages.byIdempotencyKey(ws, key);
            if (earlier.isPresent()) {
                return duplicate(earlier.get());
            }
        }
        var verdict = policy.decide(ws, request, contact, channel, clock.instant());
        return new SendDecision(verdict.reason().sends(), null, verdict.reason(), verdict.explanation());
    }

    /** How many more new recipients outside the window the channel's portfolio may reach in the next 24 h. */
    public long remainingLimit(WorkspaceId ws, WhatsAppChannel channel) {
        var cap = Tiers.cap(channel.messagingLimitTier());
        if (cap == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, cap - outbox.recipients(ws, channel.wabaId(), clock.instant()));
    }

    public Optional<OutboundMessageView> view(WorkspaceId ws, MessageId id) {
        return views.find(ws, id);
    }

    private static SendDecision duplicate(MessageId first) {
        return new SendDecision(
                false,
                first,
                ReasonCode.DUPLICATE,
                "A request with this idempotency key was made before; nothing new was sent.");
    }

    static OutboundContent content(String json) {
        return JSON.readValue(json, OutboundContent.class);
    }
}
