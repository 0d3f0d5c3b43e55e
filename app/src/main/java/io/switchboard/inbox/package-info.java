/**
 * Conversations as work items: one open conversation per contact and number, status, priority, labels,
 * assignment (manual and automatic per channel), internal notes with mentions, canned replies, presence
 * and the live updates of the inbox pages. Stores no message bodies: it reads them from messaging.
 */
@ApplicationModule(allowedDependencies = {"workspace", "contacts", "channels", "templates", "messaging"})
@NullMarked
package io.switchboard.inbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
