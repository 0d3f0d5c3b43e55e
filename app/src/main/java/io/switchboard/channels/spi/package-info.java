/**
 * What the WhatsApp adapter hands to later modules: the normalized inbound message and status records
 * and {@link io.switchboard.channels.spi.WhatsAppInboundSink}, which {@code messaging} implements.
 */
@NamedInterface("spi")
@NullMarked
package io.switchboard.channels.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
