package io.switchboard.sandbox.state;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The registered business numbers, whether their callback passed verification, and portfolio tiers. */
public final class NumberRegistry {
    private final Map<String, BusinessNumber> numbers = new ConcurrentHashMap<>();
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();
    private final Map<String, LimitTier> tiers = new ConcurrentHashMap<>();

    /** Creates or replaces a number; a new callback must pass verification again. */
    public void register(BusinessNumber number, LimitTier tier) {
        var previous = numbers.put(number.phoneNumberId(), number);
        tiers.put(number.businessId(), tier);
        if (previous == null
                || !Objects.equals(previous.callbackUrl(), number.callbackUrl())
                || !previous.verifyToken().equals(number.verifyToken())) {
            verified.put(number.phoneNumberId(), false);
        }
    }

    public void replace(BusinessNumber number) {
        numbers.put(number.phoneNumberId(), number);
    }

    public Optional<BusinessNumber> find(String phoneNumberId) {
        return Optional.ofNullable(numbers.get(phoneNumberId));
    }

    public List<BusinessNumber> all() {
        return numbers.values().stream()
                .sorted(Comparator.comparing(BusinessNumber::phoneNumberId))
                .toList();
    }

    public List<BusinessNumber> ofWaba(String wabaId) {
        return all().stream().filter(n -> n.wabaId().equals(wabaId)).toList();
    }

    public boolean tokenKnown(String token) {
        return numbers.values().stream().anyMatch(n -> n.accessToken().equals(token));
    }

    public LimitTier tier(String businessId) {
        return tiers.getOrDefault(businessId, LimitTier.TIER_250);
    }

    public void setTier(String businessId, LimitTier tier) {
        tiers.put(businessId, tier);
    }

    public boolean verified(String phoneNumberId) {
        return verified.getOrDefault(phoneNumberId, false);
    }

    public void markVerified(String phoneNumberId, boolean ok) {
        verified.put(phoneNumberId, ok);
    }
}
