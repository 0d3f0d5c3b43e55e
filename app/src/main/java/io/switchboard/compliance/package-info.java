/**
 * Consent and opt-out: the append-only consent ledger per contact and purpose with its proof, the current
 * state derived from it (which the outbound policy reads through messaging's {@code spi.ConsentLookup}),
 * and the opt-out and opt-in keywords customers write. Retention, GDPR export and erasure come later.
 * Sends nothing itself except through {@code OutboundMessaging}; stores no message bodies but proofs.
 */
@ApplicationModule(
        allowedDependencies = {"workspace", "contacts", "contacts :: spi", "channels", "messaging", "messaging :: spi"})
@NullMarked
package io.switchboard.compliance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
