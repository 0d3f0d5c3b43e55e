/**
 * Broadcasts: one approved template from one number to an audience, variables filled per contact; dry run,
 * schedule, pause, resume, cancel; automatic pause when the number turns RED or the template is paused;
 * a funnel from the message statuses. Every recipient goes through messaging's outbound policy (consent,
 * window, quality, budget, messaging limit) with an idempotency key per campaign and contact, so a crash
 * or a restart never sends twice.
 */
@ApplicationModule(
        allowedDependencies = {
            "workspace",
            "contacts",
            "contacts :: spi",
            "channels",
            "templates",
            "messaging",
            "billing"
        })
@NullMarked
package io.switchboard.campaigns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
