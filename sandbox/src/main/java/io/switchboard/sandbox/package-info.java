/**
 * A local emulator of Meta's WhatsApp Cloud API and of the customers on the other side. It mounts
 * itself under {@code /sandbox/**} of any Spring MVC application by auto-configuration, or runs alone
 * through {@link io.switchboard.sandbox.SandboxApplication}. All state is in memory.
 */
@NullMarked
package io.switchboard.sandbox;

import org.jspecify.annotations.NullMarked;
