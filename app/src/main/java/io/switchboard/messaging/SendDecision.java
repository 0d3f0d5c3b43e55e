package io.switchboard.messaging;

import org.jspecify.annotations.Nullable;

/**
 * The outbound policy's answer to one {@link OutboundRequest}.
 *
 * @param accepted whether the message is queued for sending (true for ACCEPTED and for a
 *     MESSAGING_LIMIT_REACHED hold)
 * @param messageId the stored message: QUEUED when accepted, BLOCKED with the reason when not; for DUPLICATE
 *     the message of the first request; null only when nothing could be stored (unknown contact)
 * @param explanation a sentence for the user
 */
public record SendDecision(boolean accepted, @Nullable MessageId messageId, ReasonCode reason, String explanation) {}
