package io.switchboard.inbox.internal;

import io.switchboard.inbox.Agents;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link LiveEvents}: the emitters of this JVM and heartbeats that also record presence. On PostgreSQL an
 * event goes out through {@link LiveNotifications} and reaches the browsers of every node, this one's
 * included, when it comes back; on H2 (a single node) it is delivered here directly.
 */
@Component
class InProcessLiveEvents implements LiveEvents {
    private static final Logger log = LoggerFactory.getLogger(InProcessLiveEvents.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Browser(WorkspaceId workspace, UserId user, SseEmitter emitter) {}

    /** What travels between nodes. */
    record Envelope(
            UUID workspace,
            String name,
            String data,
            @Nullable UUID to) {}

    private final Set<Browser> browsers = ConcurrentHashMap.newKeySet();
    private final Agents agents;
    private final LiveNotifications notifications;

    InProcessLiveEvents(Agents agents, LiveNotifications notifications) {
        this.agents = agents;
        this.notifications = notifications;
        notifications.onPayload(this::received);
    }

    @Override
    public SseEmitter subscribe(WorkspaceId workspace, UserId user, String displayName) {
        // No timeout: the heartbeat finds dead connections; a container timeout would only force reconnects.
        var emitter = new SseEmitter(0L);
        var browser = new Browser(workspace, user, emitter);
        browsers.add(browser);
        emitter.onCompletion(() -> browsers.remove(browser));
        emitter.onTimeout(() -> browsers.remove(browser));
        emitter.onError(e -> browsers.remove(browser));
        agents.heartbeat(workspace, user);
        send(browser, "ready", "{}");
        return emitter;
    }

    @Override
    public void publish(WorkspaceId workspace, String name, String data, @Nullable UserId to) {
        if (notifications.active()) {
            var envelope = new Envelope(workspace.value(), name, data, to == null ? null : to.value());
            if (notifications.send(JSON.writeValueAsString(envelope))) {
                return;
            }
        }
        deliver(workspace, name, data, to);
    }

    @Override
    public void publish(List<Event> events) {
        if (!notifications.active()) {
            events.forEach(e -> deliver(e.workspace(), e.name(), e.data(), e.to()));
            return;
        }
        var payloads = new ArrayList<String>(events.size());
        for (var e : events) {
            payloads.add(JSON.writeValueAsString(
                    new Envelope(e.workspace().value(), e.name(), e.data(), e.to() == null ? null : e.to().value())));
        }
        var unsent = notifications.send(payloads);
        for (var i = 0; i < events.size(); i++) {
            if (unsent.get(i)) {
                var e = events.get(i);
                deliver(e.workspace(), e.name(), e.data(), e.to());
            }
        }
    }

    private void received(String payload) {
        Envelope envelope;
        try {
            envelope = JSON.readValue(payload, Envelope.class);
        } catch (RuntimeException e) {
            log.warn("Ignored a live event that is not ours");
            return;
        }
        deliver(
                new WorkspaceId(envelope.workspace()),
                envelope.name(),
                envelope.data(),
                envelope.to() == null ? null : new UserId(envelope.to()));
    }

    private void deliver(WorkspaceId workspace, String name, String data, @Nullable UserId to) {
        for (var browser : browsers) {
            if (browser.workspace().equals(workspace)
                    && (to == null || browser.user().equals(to))) {
                send(browser, name, data);
            }
        }
    }

    @Scheduled(fixedDelayString = "${switchboard.inbox.heartbeat:20s}")
    void heartbeat() {
        // One presence write per user, however many tabs they have open.
        var seen = new ConcurrentHashMap<WorkspaceId, Set<UserId>>();
        for (var browser : browsers) {
            if (send(browser, "ping", "{}")) {
                seen.computeIfAbsent(browser.workspace(), w -> ConcurrentHashMap.newKeySet())
                        .add(browser.user());
            }
        }
        seen.forEach((workspace, users) -> users.forEach(user -> agents.heartbeat(workspace, user)));
    }

    private boolean send(Browser browser, String name, String data) {
        try {
            browser.emitter().send(SseEmitter.event().name(name).data(data));
            return true;
        } catch (IOException | IllegalStateException gone) {
            log.debug("An inbox browser went away");
            browsers.remove(browser);
            return false;
        }
    }
}
