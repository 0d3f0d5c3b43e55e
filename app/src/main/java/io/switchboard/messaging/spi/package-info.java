/**
 * What the outbound policy asks of modules above messaging (consent, templates, budget). Each interface has
 * a safe internal fallback until a module implements it.
 */
@NamedInterface("spi")
@NullMarked
package io.switchboard.messaging.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
