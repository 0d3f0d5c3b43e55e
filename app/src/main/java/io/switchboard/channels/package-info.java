/**
 * The channel SPI and its adapters: WhatsApp (webhook intake, business accounts and numbers, quality,
 * limits, inbound media), later e-mail and SMS. Stores credentials (encrypted), raw provider events and
 * downloaded media; hands parsed messages to {@code messaging} through {@code spi.WhatsAppInboundSink}
 * and publishes account, number and template changes as events. Knows nothing of contacts or messages.
 */
@ApplicationModule(allowedDependencies = {"workspace"})
@NullMarked
package io.switchboard.channels;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
