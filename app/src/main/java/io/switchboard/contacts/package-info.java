/**
 * The people a workspace talks to: contacts and their channel identities (WhatsApp id, business-scoped
 * user id, username, phone in E.164, e-mail), tags, typed custom properties, notes, search, merge
 * (announced by {@code ContactsMerged} so modules above move their rows), segments and CSV export. Knows
 * nothing of messages or channels' credentials: messaging reports activity through
 * {@code ContactManagement.touch}, and modules above add segment conditions over their own tables through
 * {@code spi.SegmentCriteria}.
 */
@ApplicationModule(allowedDependencies = {"workspace"})
@NullMarked
package io.switchboard.contacts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
