package io.switchboard.channels.internal;

import io.switchboard.Secret;
import io.switchboard.channels.ChannelDetails;
import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceCreated;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wires the embedded sandbox number to the installation's first workspace, so a new user can chat end to
 * end with no Meta account. Only the first workspace gets it: the sandbox keys its registration by
 * phone-number id, so one number can serve one workspace. The sandbox keeps its state in memory, so the
 * registration is repeated at every start.
 */
@Component
class SandboxNumber {
    private static final Logger log = LoggerFactory.getLogger(SandboxNumber.class);
    private final SandboxSettings settings;
    private final ChannelStore channels;
    private final SandboxRegistration registration;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SandboxNumber(SandboxSettings settings, ChannelStore channels, SandboxRegistration registration, Clock clock) {
        this.settings = settings;
        this.channels = channels;
        this.registration = registration;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WorkspaceCreated event) {
        // Redelivery of the event, or a later workspace: the installation already has its sandbox number.
        if (!settings.enabled() || channels.sandbox().isPresent()) {
            return;
        }
        var id = ChannelId.random();
        channels.insert(
                event.workspaceId(),
                id,
                new ChannelDetails(
                        "Sandbox",
                        settings.phoneNumberId(),
                        settings.wabaId(),
                        settings.displayPhoneNumber(),
                        settings.verifiedName(),
                        null,
                        null,
                        orRandom(settings.accessToken()),
                        orRandom(settings.appSecret()),
                        orRandom(settings.verifyToken())),
                true,
                clock.instant());
        log.info("Connected the sandbox number {} to the first workspace", settings.displayPhoneNumber());
        // The sandbox may call our webhook at once: register only after the channel row is committed.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Thread.ofVirtual().start(registration::registerIfPresent);
            }
        });
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        if (settings.enabled()) {
            Thread.ofVirtual().name("sandbox-registration").start(registration::registerIfPresent);
        }
    }

    private Secret orRandom(@Nullable Secret configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        var bytes = new byte[24];
        random.nextBytes(bytes);
        return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
