package io.switchboard.inbox.internal;

import io.switchboard.inbox.Agents;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@link LiveEvents} for one node: the emitters of this JVM, heartbeats that also record presence. */
@Component
class InProcessLiveEvents implements LiveEvents {
    private static final Logger log = LoggerFactory.getLogger(InProcessLiveEvents.class);

    private record Browser(WorkspaceId workspace, UserId user, SseEmitter emitter) {}

    private final Set<Browser> browsers = ConcurrentHashMap.newKeySet();
    private final Agents agents;

    InProcessLiveEvents(Agents agents) {
        this.agents = agents;
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
