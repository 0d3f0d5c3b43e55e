package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to a WhatsApp Business Account ({@code account_update}, also
 * {@code business_capability_update} with event {@code CAPABILITY_UPDATE}): a violation, a restriction,
 * a ban or reinstatement, a pricing tier. The details stay in the stored raw webhook.
 *
 * @param event Meta's event, e.g. ACCOUNT_VIOLATION, ACCOUNT_RESTRICTION, DISABLED_UPDATE
 * @param detail the most useful sub-value: violation type, ban state, restriction type or tier
 */
public record AccountUpdated(
        WorkspaceId workspaceId,
        ChannelId channelId,
        String wabaId,
        String event,
        @Nullable String detail,
        Instant occurredAt) {}
