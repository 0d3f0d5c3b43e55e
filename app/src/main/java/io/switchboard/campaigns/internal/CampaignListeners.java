package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.channels.PhoneNumberQualityChanged;
import io.switchboard.channels.TemplateStatusChanged;
import io.switchboard.messaging.InboundMessageReceived;
import io.switchboard.messaging.MessageStatusChanged;
import io.switchboard.templates.TemplateCatalog;
import io.switchboard.templates.TemplateCategory;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps campaigns in step with what happens elsewhere: the funnel follows message statuses and replies;
 * a number turning RED pauses its running marketing campaigns, a paused (or disabled) template pauses the
 * campaigns that send it, each with the reason in words. Statuses and replies (thousands a minute during a
 * broadcast) are applied in the transaction that records them; the rare pauses run on their own.
 */
@Component
class CampaignListeners {
    private final CampaignStore store;
    private final ChannelManagement channels;
    private final TemplateCatalog catalog;
    private final Clock clock;

    CampaignListeners(CampaignStore store, ChannelManagement channels, TemplateCatalog catalog, Clock clock) {
        this.store = store;
        this.channels = channels;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void on(MessageStatusChanged event) {
        store.messageStatus(
                event.workspaceId(), event.messageId(), event.status().name(), event.errorCode(), event.occurredAt());
    }

    @EventListener
    void on(InboundMessageReceived event) {
        store.replied(event.workspaceId(), event.contactId(), event.channelId(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(PhoneNumberQualityChanged event) {
        var channel = channels.channel(event.workspaceId(), event.channelId());
        if (!"RED".equalsIgnoreCase(channel.qualityRating())) {
            return;
        }
        for (var row : store.running(event.workspaceId(), event.channelId())) {
            var c = row.campaign();
            var category = catalog.find(event.workspaceId(), c.channelId(), c.templateName(), c.templateLanguage())
                    .map(e -> e.category())
                    .orElse(TemplateCategory.MARKETING);
            if (category == TemplateCategory.MARKETING) {
                store.setStatus(
                        event.workspaceId(),
                        c.id(),
                        CampaignStatus.PAUSED,
                        "Paused automatically: Meta rated this number's quality RED. Marketing from it risks a"
                                + " lower messaging limit; resume once the quality recovers.",
                        clock.instant());
            }
        }
    }

    @ApplicationModuleListener
    void on(TemplateStatusChanged event) {
        var status = event.event().toUpperCase(Locale.ROOT);
        if (!status.equals("PAUSED") && !status.equals("DISABLED") && !status.equals("REJECTED")) {
            return;
        }
        for (var row : store.running(event.workspaceId(), event.channelId())) {
            var c = row.campaign();
            if (c.templateName().equals(event.templateName())
                    && c.templateLanguage().equals(event.language())) {
                store.setStatus(
                        event.workspaceId(),
                        c.id(),
                        CampaignStatus.PAUSED,
                        "Paused automatically: Meta set the template " + c.templateName() + " to " + status
                                + (event.reason() == null ? "" : " (" + event.reason() + ")") + ".",
                        clock.instant());
            }
        }
    }
}
