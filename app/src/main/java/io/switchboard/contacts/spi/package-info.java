/**
 * What segments ask of modules above contacts: criteria over their own tables (messages, consent, campaign
 * recipients), compiled into SQL predicates that contacts' segment engine combines.
 */
@NamedInterface("spi")
@NullMarked
package io.switchboard.contacts.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
