/**
 * Messages and their status history, and the 24-hour service window per (contact, business number).
 * Receives inbound WhatsApp messages through channels' {@code spi.WhatsAppInboundSink}; sends through the
 * outbound pipeline: {@code OutboundMessaging} (the one policy) → outbox → per-number dispatcher.
 */
@ApplicationModule(
        allowedDependencies = {
            "workspace",
            "contacts",
            "contacts :: spi",
            "channels",
            "channels :: spi",
            "channels :: client",
            "templates"
        })
@NullMarked
package io.switchboard.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
