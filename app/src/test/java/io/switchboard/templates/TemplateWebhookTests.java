package io.switchboard.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.Secret;
import io.switchboard.channels.ChannelDetails;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.channels.TemplateCategoryChanged;
import io.switchboard.channels.TemplateQualityChanged;
import io.switchboard.channels.TemplateStatusChanged;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Template webhooks as channels publishes them: each applied once, redeliveries and older events change
 * nothing (invariant 2), and {@link TemplateStatusUpdated} follows each applied status change once.
 */
@Import(TemplateWebhookTests.Recorder.class)
abstract class TemplateWebhookTests {
    /** Every {@link TemplateStatusUpdated}, heard in the publishing transaction. */
    @TestConfiguration
    static class Recorder {
        final List<TemplateStatusUpdated> updates = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TemplateStatusUpdated event) {
            updates.add(event);
        }
    }

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    ChannelManagement channels;

    @Autowired
    TemplateManagement templates;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Recorder recorder;

    WorkspaceId workspace;
    ChannelId channel;
    Template template;
    String name;

    @BeforeEach
    void setUp() {
        workspace = new Tenants(workspaces, users, keys).create("Webhooks").workspaceId();
        var phone = "55" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
        channel = channels.create(
                        workspace,
                        new ChannelDetails(
                                "Shop",
                                phone,
                                "9" + phone,
                                "+1 555 0199",
                                null,
                                null,
                                null,
                                new Secret("t"),
                                new Secret("s"),
                                new Secret("v")))
                .id();
        name = "webhook_" + UUID.randomUUID().toString().substring(0, 8);
        template = templates.create(
                workspace,
                channel,
                new TemplateDefinition(
                        name,
                        "en_US",
                        "MARKETING",
                        "POSITIONAL",
                        null,
                        new TemplateDefinition.Body("Hello {{1}}, our sale starts today.", Map.of("1", "Ana")),
                        null,
                        List.of(),
                        Map.of()));
    }

    void deliver(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
        // The publishing transaction wrote one publication per listener; the registry deletes each once its
        // listener committed (a failed one stays): none left means the state is final.
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.sql("select count(*) from event_publication where serialized_event like :name")
                                .param("name", "%" + name + "%")
                                .query(Long.class)
                                .single(),
                        n -> n == 0);
    }

    TemplateStatusChanged status(String event, String reason, Instant at) {
        return new TemplateStatusChanged(
                workspace, channel, "9", "1234567", name, "en_US", event, reason, null, null, at);
    }

    List<TemplateStatusUpdated> mine() {
        return recorder.updates.stream()
                .filter(u -> u.templateId().equals(template.id()))
                .toList();
    }

    @Test
    void aRedeliveredStatusWebhookIsAppliedOnce() {
        var at = Instant.parse("2026-11-24T10:00:00Z");
        deliver(status("APPROVED", "NONE", at));
        deliver(status("APPROVED", "NONE", at));

        assertThat(templates.get(workspace, template.id()).status()).isEqualTo(TemplateStatus.APPROVED);
        assertThat(mine()).extracting(TemplateStatusUpdated::status).containsExactly(TemplateStatus.APPROVED);
    }

    @Test
    void anOlderStatusArrivingLateChangesNothing() {
        deliver(status("PAUSED", null, Instant.parse("2026-11-24T12:00:00Z")));
        deliver(status("APPROVED", "NONE", Instant.parse("2026-11-24T10:00:00Z")));

        assertThat(templates.get(workspace, template.id()).status()).isEqualTo(TemplateStatus.PAUSED);
        deliver(status("REINSTATED", null, Instant.parse("2026-11-24T15:00:00Z")));
        assertThat(templates.get(workspace, template.id()).status()).isEqualTo(TemplateStatus.APPROVED);
    }

    @Test
    void aRejectionKeepsReasonAndDetail() {
        deliver(new TemplateStatusChanged(
                workspace,
                channel,
                "9",
                "1234567",
                name,
                "en_US",
                "REJECTED",
                "INVALID_FORMAT",
                null,
                "Adjacent variables",
                Instant.parse("2026-11-24T10:00:00Z")));

        assertThat(templates.get(workspace, template.id()).rejectionReason())
                .isEqualTo("INVALID_FORMAT: Adjacent variables");
    }

    @Test
    void qualityFollowsTheNewestScore() {
        deliver(new TemplateQualityChanged(
                workspace,
                channel,
                "9",
                "1234567",
                name,
                "en_US",
                "GREEN",
                "RED",
                Instant.parse("2026-11-24T12:00:00Z")));
        deliver(new TemplateQualityChanged(
                workspace,
                channel,
                "9",
                "1234567",
                name,
                "en_US",
                "UNKNOWN",
                "GREEN",
                Instant.parse("2026-11-24T09:00:00Z")));

        assertThat(templates.get(workspace, template.id()).quality()).isEqualTo(TemplateQuality.RED);
    }

    @Test
    void categoryWarningAndChangeAreKeptOnceAndTheChangeApplies() {
        var warning = new TemplateCategoryChanged(
                workspace,
                channel,
                "9",
                "1234567",
                name,
                "en_US",
                null,
                "MARKETING",
                "UTILITY",
                Instant.parse("2026-11-23T10:00:00Z"));
        var change = new TemplateCategoryChanged(
                workspace,
                channel,
                "9",
                "1234567",
                name,
                "en_US",
                "MARKETING",
                "UTILITY",
                null,
                Instant.parse("2026-11-24T10:00:00Z"));
        deliver(warning);
        deliver(change);
        deliver(change);

        var stored = templates.get(workspace, template.id());
        assertThat(stored.definition().category()).isEqualTo("UTILITY");
        assertThat(stored.categoryHistory())
                .extracting(Template.CategoryChange::correctCategory)
                .containsExactly("UTILITY", null);
        assertThat(stored.categoryHistory()).hasSize(2);
    }
}
