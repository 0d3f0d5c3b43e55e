package io.switchboard.messaging.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbound dispatcher ({@code SWITCHBOARD_MESSAGING_…}, e.g. {@code SWITCHBOARD_MESSAGING_DEFAULT_THROUGHPUT}).
 *
 * @param dispatcherEnabled whether this node sends at all (off: it only queues; another node sends)
 * @param defaultThroughput messages per second per number when Meta reports no level (Meta's default: 80)
 * @param throughputHeadroom the share of the number's throughput we use; our bucket bursts at most a fifth of a
 *     second of sends, so up to 0.8 s of jitter on the way fits in Meta's one-second bucket and 0.99 is safe
 *     (the broadcast bench counts 130429 at 80 and 1,000 msg/s)
 * @param maxInFlight Graph API calls one node has open at once (all numbers together); a round claims no
 *     more rows than there are free places
 * @param pairBurst, pairInterval Meta's pair rate limit per (number, recipient): about one message per 6 s
 *     steady, bursts up to 45
 * @param inFlightTimeout a row SENDING this long was abandoned by a crashed node (longer than any HTTP call)
 * @param reconcileGrace how long an abandoned row waits, counted from its send or from this node's start
 *     (whichever is later, so that statuses Meta retries after our downtime still arrive), for a status
 *     webhook carrying its outbox id before {@code unconfirmed} decides
 * @param unconfirmed what happens to an abandoned row nobody confirmed within the grace: RESEND it once
 *     (the default: no recipient silently left out after a crash), or FAIL it as FAILED_UNKNOWN (strictly at
 *     most once: a person decides)
 * @param channelPause how long a channel stops sending after Meta says the channel itself is broken
 */
@Validated
@ConfigurationProperties("switchboard.messaging")
record OutboundSettings(
        @DefaultValue("true") boolean dispatcherEnabled,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("100") @Min(1) int batchSize,
        @DefaultValue("30s") Duration leaseDuration,
        @DefaultValue("80") @Min(1) @Max(1000) int defaultThroughput,
        @DefaultValue("0.99") double throughputHeadroom,
        @DefaultValue("45") @Min(1) int pairBurst,
        @DefaultValue("6s") Duration pairInterval,
        @DefaultValue("2m") Duration inFlightTimeout,
        @DefaultValue("15m") Duration reconcileGrace,
        @DefaultValue("RESEND") Unconfirmed unconfirmed,
        @DefaultValue("15m") Duration channelPause,
        @DefaultValue("5") @Min(1) int retryMaxAttempts,
        @DefaultValue("1s") Duration retryInitialDelay,
        @DefaultValue("5m") Duration retryMaxDelay,
        @DefaultValue("128") @Min(1) int maxInFlight) {

    /** What becomes of a send interrupted by a crash that no status webhook confirmed within the grace. */
    enum Unconfirmed {
        RESEND,
        FAIL
    }
}
