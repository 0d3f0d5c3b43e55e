/**
 * Messages and their status history, and the 24-hour service window per (contact, business number).
 * Receives inbound WhatsApp messages through channels' {@code spi.WhatsAppInboundSink}; the outbound
 * pipeline (policy, outbox, dispatcher) is a later issue.
 */
@ApplicationModule(allowedDependencies = {"workspace", "contacts", "channels", "channels :: spi"})
@NullMarked
package io.switchboard.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
