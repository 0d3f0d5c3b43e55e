package io.switchboard.messaging.spi;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;
import java.util.Optional;

/**
 * A template's status and category as last reported by Meta, for the outbound policy. Implemented by
 * {@code templates}. Without an implementation every template is unknown, and so not approved.
 */
public interface TemplateLookup {

    /**
     * @param status Meta's status: APPROVED, PENDING, REJECTED, PAUSED, DISABLED, …
     * @param category MARKETING, UTILITY or AUTHENTICATION
     */
    record TemplateState(String status, String category) {}

    /** The template of this number's business account with this name and language, if known. */
    Optional<TemplateState> find(WorkspaceId workspace, ChannelId channel, String name, String language);
}
