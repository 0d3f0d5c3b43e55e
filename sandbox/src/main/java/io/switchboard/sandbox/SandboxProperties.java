package io.switchboard.sandbox;

import io.switchboard.sandbox.state.LimitTier;
import io.switchboard.sandbox.state.PricingModel;
import io.switchboard.sandbox.state.QualityRating;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the sandbox; every one also reads from its environment name, e.g. {@code
 * switchboard.sandbox.app-secret} from {@code SWITCHBOARD_SANDBOX_APP_SECRET}. Unset secrets are generated
 * at startup.
 */
@ConfigurationProperties("switchboard.sandbox")
@Validated
public record SandboxProperties(
        @DefaultValue("true") boolean enabled,
        @Nullable String appSecret,
        @Nullable String verifyToken,
        @Nullable String accessToken,
        @Nullable String callbackUrl,
        @DefaultValue List<String> allowedCallbackHosts,
        @DefaultValue DefaultNumber defaultNumber,
        @DefaultValue("PMP") PricingModel pricingModel,
        @DefaultValue("true") boolean limitsEnabled,
        @DefaultValue("2s") Duration templateReviewDelay,
        @DefaultValue("100ms") Duration deliveredDelay,
        @DefaultValue PairRateLimit pairRateLimit,
        @DefaultValue Webhooks webhooks,
        @DefaultValue("500") @Min(1) int maxMessagesPerCustomer,
        @DefaultValue("200000") @Min(1) int maxMessages,
        @DefaultValue("268435456") @Min(1) long maxMediaBytes) {

    /** The number that exists from startup, so the sandbox works before anything registers. */
    public record DefaultNumber(
            @DefaultValue("100000000000001") @NotBlank String phoneNumberId,
            @DefaultValue("200000000000001") @NotBlank String wabaId,
            @DefaultValue("300000000000001") @NotBlank String businessId,
            @DefaultValue("+1 555 0100") @NotBlank String displayPhoneNumber,
            @DefaultValue("Switchboard Sandbox") @NotBlank String verifiedName,
            @DefaultValue("GREEN") QualityRating qualityRating,
            @DefaultValue("TIER_250") LimitTier messagingLimitTier,
            @DefaultValue("80") @Min(1) int throughput) {}

    /**
     * Meta: 1 message per 6 s to the same user, bursts up to 45 that must then be paid back. The bucket
     * holds {@code burst} tokens and regains one every {@code interval}.
     */
    public record PairRateLimit(
            @DefaultValue("45") @Min(1) int burst,
            @DefaultValue("6s") Duration interval) {}

    /** Webhook delivery: batching window, retries with exponential backoff, timeouts. */
    public record Webhooks(
            @DefaultValue("30ms") Duration batchWindow,
            @DefaultValue("100") @Min(1) int maxBatchSize,
            @DefaultValue("10") @Min(1) int maxAttempts,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("60s") Duration maxBackoff,
            @DefaultValue("10s") Duration timeout) {}

    @Override
    public String toString() {
        return "SandboxProperties[enabled=" + enabled + ", secrets=****, callbackUrl=" + callbackUrl + "]";
    }
}
