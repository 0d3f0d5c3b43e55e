/**
 * The channel SPI and its adapters: WhatsApp (Cloud API client, webhook intake, business accounts and
 * numbers, quality, limits), later e-mail and SMS. Stores credentials and raw provider events; leaves
 * contacts to {@code contacts} and messages to {@code messaging}.
 */
@ApplicationModule(allowedDependencies = {"workspace"})
@NullMarked
package io.switchboard.channels;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
