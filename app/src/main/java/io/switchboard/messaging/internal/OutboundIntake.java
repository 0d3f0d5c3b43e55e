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
import io.switchboard.messaging.spi.TemplateLookup;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
        var inserted = messages.insert(row(ws, request, id, content, sends, verdict, now));
        if (!inserted) {
            // A concurrent request with the same key won the insert.
            return duplicate(
                    messages.byIdempotencyKey(ws, key == null ? "" : key).orElseThrow());
        }
        if (sends) {
            outbox.insert(outboxRow(ws, request, contact, channel, id, content, verdict, now));
        }
        return new SendDecision(sends, id, verdict.reason(), verdict.explanation());
    }

    /** One request of a batch with the contact and channel it names. */
    public record Item(OutboundRequest request, Contact contact, WhatsAppChannel channel) {}

    /**
     * {@link #take} for each item in order, with the same policy and the same rows, each decision seeing the
     * ones before it: the idempotency keys are read in one statement, each template once, and the rows are
     * written in JDBC batches (at once before a messaging-limit count, which must see the batch's rows). The
     * first decision whose reason is in {@code stopAt} is returned without being stored, and ends the batch.
     */
    public List<SendDecision> takeAll(WorkspaceId ws, List<Item> items, Set<ReasonCode> stopAt) {
        var keys = items.stream()
                .map(i -> i.request().idempotencyKey())
                .filter(java.util.Objects::nonNull)
                .toList();
        var known =
                keys.isEmpty() ? new HashMap<String, MessageId>() : new HashMap<>(messages.byIdempotencyKeys(ws, keys));
        var templates = new HashMap<List<Object>, Optional<TemplateLookup.TemplateState>>();
        TemplateLookup once = (w, channel, name, language) -> templates.computeIfAbsent(
                List.of(channel, name, language), k -> policy.templates().find(w, channel, name, language));
        var pending = new Pending();
        var out = new ArrayList<SendDecision>(items.size());
        for (var item : items) {
            var request = item.request();
            var key = request.idempotencyKey();
            var earlier = key == null ? null : known.get(key);
            if (earlier != null) {
                out.add(duplicate(earlier));
                continue;
            }
            if (Tiers.cap(item.channel().messagingLimitTier()) != Long.MAX_VALUE) {
                pending.flush(ws, out); // the policy counts this portfolio's recipients in the outbox
            }
            var now = clock.instant();
            var verdict = policy.decide(ws, request, item.contact(), item.channel(), now, once);
            if (stopAt.contains(verdict.reason())) {
                out.add(new SendDecision(verdict.reason().sends(), null, verdict.reason(), verdict.explanation()));
                break;
            }
            var id = MessageId.random();
            var sends = verdict.reason().sends();
            var content = JSON.writeValueAsString(request.content());
            pending.add(
                    out.size(),
                    row(ws, request, id, content, sends, verdict, now),
                    sends ? outboxRow(ws, request, item.contact(), item.channel(), id, content, verdict, now) : null);
            out.add(new SendDecision(sends, id, verdict.reason(), verdict.explanation()));
            if (key != null) {
                known.put(key, id);
            }
        }
        pending.flush(ws, out);
        return out;
    }

    /** Rows decided but not written yet, with the index of their decision. */
    private final class Pending {
        final List<Integer> at = new ArrayList<>();
        final List<OutboundRows.NewOutbound> rows = new ArrayList<>();
        final List<OutboxStore.@Nullable NewRow> outboxRows = new ArrayList<>();

        void add(int index, OutboundRows.NewOutbound row, OutboxStore.@Nullable NewRow outboxRow) {
            at.add(index);
            rows.add(row);
            outboxRows.add(outboxRow);
        }

        void flush(WorkspaceId ws, List<SendDecision> out) {
            if (rows.isEmpty()) {
                return;
            }
            var inserted = messages.insertAll(rows);
            var toOutbox = new ArrayList<OutboxStore.NewRow>();
            for (var i = 0; i < rows.size(); i++) {
                var key = rows.get(i).idempotencyKey();
                if (!inserted[i]) {
                    // A concurrent request with the same key won the insert.
                    out.set(
                            at.get(i),
                            duplicate(messages.byIdempotencyKey(ws, key == null ? "" : key)
                                    .orElseThrow()));
                } else if (outboxRows.get(i) != null) {
                    toOutbox.add(outboxRows.get(i));
                }
            }
            outbox.insertAll(toOutbox);
            at.clear();
            rows.clear();
            outboxRows.clear();
        }
    }

    private static OutboundRows.NewOutbound row(
            WorkspaceId ws,
            OutboundRequest request,
            MessageId id,
            String content,
            boolean sends,
            OutboundPolicy.Verdict verdict,
            java.time.Instant now) {
        return new OutboundRows.NewOutbound(
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
                request.idempotencyKey(),
                now);
    }

    private static OutboxStore.NewRow outboxRow(
            WorkspaceId ws,
            OutboundRequest request,
            Contact contact,
            WhatsAppChannel channel,
            MessageId id,
            String content,
            OutboundPolicy.Verdict verdict,
            java.time.Instant now) {
        return new OutboxStore.NewRow(
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
                now);
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
