package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.LimitTier;
import io.switchboard.sandbox.state.QualityRating;
import io.switchboard.sandbox.webhook.CallbackGuard;
import io.switchboard.sandbox.webhook.CallbackVerifier;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Registers business numbers with their app's secrets, and changes quality, tier and throughput. */
public final class NumberAdmin {
    private final Engine engine;
    private final Events events;
    private final CallbackGuard guard;
    private final CallbackVerifier verifier;

    NumberAdmin(Engine engine, Events events, CallbackGuard guard, CallbackVerifier verifier) {
        this.engine = engine;
        this.events = events;
        this.guard = guard;
        this.verifier = verifier;
    }

    /** A registration request; {@code business_id} defaults to the WABA id (one portfolio per WABA). */
    public record Registration(
            @Nullable String wabaId,
            @Nullable String businessId,
            @Nullable String displayPhoneNumber,
            @Nullable String verifiedName,
            @Nullable String accessToken,
            @Nullable String appSecret,
            @Nullable String verifyToken,
            @Nullable String callbackUrl,
            @Nullable QualityRating qualityRating,
            @Nullable LimitTier messagingLimitTier,
            @Nullable Integer throughput) {}

    /** Changes through {@code PUT /sandbox/control/numbers/{id}}; absent fields stay as they are. */
    public record Update(
            @Nullable QualityRating qualityRating,
            @Nullable LimitTier messagingLimitTier,
            @Nullable Integer throughput) {}

    /** A number as the control API lists it: no secrets. */
    public record View(
            String phoneNumberId,
            String wabaId,
            String businessId,
            String displayPhoneNumber,
            String verifiedName,
            QualityRating qualityRating,
            LimitTier messagingLimitTier,
            int throughput,
            @Nullable String callbackUrl,
            boolean verified) {}

    /**
     * Creates or replaces the number, then runs Meta's verification handshake against the callback. A
     * callback that is not up yet leaves {@code verified: false}; delivery retries the handshake.
     *
     * @throws IllegalArgumentException if a field is missing or the callback is not allowed
     */
    public View register(String phoneNumberId, Registration r) {
        if (!phoneNumberId.matches("[0-9]{1,32}")) {
            throw new IllegalArgumentException("phone_number_id must be numeric");
        }
        var callback = require(r.callbackUrl(), "callback_url");
        guard.check(callback);
        var throughput = r.throughput() == null ? 80 : r.throughput();
        if (throughput < 1 || throughput > 10_000) {
            throw new IllegalArgumentException("throughput must be between 1 and 10000 messages per second");
        }
        var waba = require(r.wabaId(), "waba_id");
        var number = new BusinessNumber(
                phoneNumberId,
                waba,
                r.businessId() == null ? waba : r.businessId(),
                require(r.displayPhoneNumber(), "display_phone_number"),
                require(r.verifiedName(), "verified_name"),
                r.qualityRating() == null ? QualityRating.GREEN : r.qualityRating(),
                throughput,
                require(r.accessToken(), "access_token"),
                require(r.appSecret(), "app_secret"),
                require(r.verifyToken(), "verify_token"),
                callback);
        engine.numbers().register(number, r.messagingLimitTier() == null ? LimitTier.TIER_250 : r.messagingLimitTier());
        verifier.verify(number);
        return view(number);
    }

    public View update(String phoneNumberId, Update update) {
        var number = engine.numbers()
                .find(phoneNumberId)
                .orElseThrow(() -> new IllegalArgumentException("unknown phone_number_id " + phoneNumberId));
        var oldTier = engine.numbers().tier(number.businessId());
        var quality = update.qualityRating() == null ? number.qualityRating() : update.qualityRating();
        var throughput = update.throughput() == null ? number.throughput() : update.throughput();
        if (throughput < 1 || throughput > 10_000) {
            throw new IllegalArgumentException("throughput must be between 1 and 10000 messages per second");
        }
        var changed = number.withQuality(quality, throughput);
        engine.numbers().replace(changed);
        var tier = update.messagingLimitTier() == null ? oldTier : update.messagingLimitTier();
        engine.numbers().setTier(number.businessId(), tier);
        if (quality != number.qualityRating()
                && (quality == QualityRating.RED || number.qualityRating() == QualityRating.RED)) {
            var event = quality == QualityRating.RED ? "FLAGGED" : "UNFLAGGED";
            events.toNumber(changed, "phone_number_quality_update", Payloads.numberQuality(changed, event, tier, null));
        }
        if (throughput > number.throughput()) {
            events.toNumber(
                    changed,
                    "phone_number_quality_update",
                    Payloads.numberQuality(changed, "THROUGHPUT_UPGRADE", tier, null));
        }
        if (tier != oldTier) {
            var event = tier.ordinal() > oldTier.ordinal() ? "UPGRADE" : "DOWNGRADE";
            events.toNumber(
                    changed, "phone_number_quality_update", Payloads.numberQuality(changed, event, tier, oldTier));
            events.toNumber(changed, "business_capability_update", Payloads.capability(tier));
        }
        return view(changed);
    }

    public List<View> list() {
        return engine.numbers().all().stream().map(this::view).toList();
    }

    private View view(BusinessNumber n) {
        return new View(
                n.phoneNumberId(),
                n.wabaId(),
                n.businessId(),
                n.displayPhoneNumber(),
                n.verifiedName(),
                n.qualityRating(),
                engine.numbers().tier(n.businessId()),
                n.throughput(),
                n.callbackUrl(),
                engine.numbers().verified(n.phoneNumberId()));
    }

    private static String require(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
