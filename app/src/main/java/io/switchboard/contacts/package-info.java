/**
 * The people a workspace talks to: contacts and their channel identities (WhatsApp id, business-scoped
 * user id, username, phone in E.164, later e-mail). Later issues add tags, typed properties and CSV
 * import on the same two tables. Knows nothing of messages or channels' credentials.
 */
@ApplicationModule(allowedDependencies = {"workspace"})
@NullMarked
package io.switchboard.contacts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
