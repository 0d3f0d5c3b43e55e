package io.switchboard.channels.spi;

import org.jspecify.annotations.Nullable;

/**
 * The {@code context} of an inbound message: the quoted message, or forwarding marks, or the product the
 * user asked about.
 *
 * @param messageId the quoted message's wamid (for replies, button and list replies)
 */
public record MessageContext(
        @Nullable String messageId,
        @Nullable String from,
        boolean forwarded,
        boolean frequentlyForwarded,
        @Nullable String referredCatalogId,
        @Nullable String referredProductRetailerId) {}
