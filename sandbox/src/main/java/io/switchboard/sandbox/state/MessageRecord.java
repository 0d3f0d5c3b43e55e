package io.switchboard.sandbox.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One message between a business number and a customer, in either direction, with its delivery status.
 * The status only moves forward: accepted → sent → delivered → read, or accepted → failed.
 */
public final class MessageRecord {
    /** Who wrote the message. */
    public enum Direction {
        BUSINESS,
        CUSTOMER
    }

    private static final List<String> ORDER = List.of("accepted", "sent", "delivered", "read");

    private final String wamid;
    private final String phoneNumberId;
    private final String waId;
    private final Direction direction;
    private final String type;
    private final JsonNode body;
    private final @Nullable String bizOpaqueCallbackData;
    private final @Nullable JsonNode rendered;
    private final String pricingCategory;
    private final String pricingType;
    private final String graphVersion;
    private final Instant createdAt;
    private final Map<String, Instant> statusTimes = new LinkedHashMap<>();
    private String status;
    private @Nullable Integer errorCode;
    private @Nullable String errorTitle;
    private boolean readByBusiness;

    public MessageRecord(Draft draft, String status, Instant createdAt) {
        this.wamid = draft.wamid();
        this.phoneNumberId = draft.phoneNumberId();
        this.waId = draft.waId();
        this.direction = draft.direction();
        this.type = draft.type();
        this.body = draft.body();
        this.bizOpaqueCallbackData = draft.bizOpaqueCallbackData();
        this.rendered = draft.rendered();
        this.pricingCategory = draft.pricingCategory();
        this.pricingType = draft.pricingType();
        this.graphVersion = draft.graphVersion();
        this.createdAt = createdAt;
        this.status = status;
        statusTimes.put(status, createdAt);
    }

    /**
     * The immutable part of a message. {@code pricingCategory} is {@code service} for free-form messages,
     * {@code pricingType} is {@code regular} or {@code free_customer_service}, decided when it is accepted.
     */
    public record Draft(
            String wamid,
            String phoneNumberId,
            String waId,
            Direction direction,
            String type,
            JsonNode body,
            @Nullable String bizOpaqueCallbackData,
            @Nullable JsonNode rendered,
            String pricingCategory,
            String pricingType,
            String graphVersion) {}

    /** Moves the status forward; returns false (and changes nothing) for a step back or after failure. */
    public synchronized boolean advance(String next, Instant at) {
        if (status.equals("failed") || ORDER.indexOf(next) <= ORDER.indexOf(status)) {
            return false;
        }
        status = next;
        statusTimes.put(next, at);
        return true;
    }

    public synchronized boolean fail(int code, String title, Instant at) {
        if (!status.equals("accepted")) {
            return false;
        }
        status = "failed";
        errorCode = code;
        errorTitle = title;
        statusTimes.put("failed", at);
        return true;
    }

    public synchronized void markReadByBusiness() {
        readByBusiness = true;
    }

    public synchronized View view() {
        return new View(
                wamid,
                phoneNumberId,
                waId,
                direction.name().toLowerCase(Locale.ROOT),
                type,
                status,
                errorCode,
                errorTitle,
                body,
                rendered,
                bizOpaqueCallbackData,
                createdAt.getEpochSecond(),
                Map.copyOf(statusTimes.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().getEpochSecond()))),
                readByBusiness);
    }

    /** What the control API shows of a message. Timestamps are unix seconds. */
    public record View(
            String id,
            String phoneNumberId,
            String waId,
            String direction,
            String type,
            String status,
            @Nullable Integer errorCode,
            @Nullable String errorTitle,
            JsonNode body,
            @Nullable JsonNode rendered,
            @Nullable String bizOpaqueCallbackData,
            long timestamp,
            Map<String, Long> statusTimestamps,
            boolean readByBusiness) {}

    public String wamid() {
        return wamid;
    }

    public String phoneNumberId() {
        return phoneNumberId;
    }

    public String waId() {
        return waId;
    }

    public Direction direction() {
        return direction;
    }

    public String type() {
        return type;
    }

    public JsonNode body() {
        return body;
    }

    public @Nullable String bizOpaqueCallbackData() {
        return bizOpaqueCallbackData;
    }

    public String pricingCategory() {
        return pricingCategory;
    }

    public String pricingType() {
        return pricingType;
    }

    public String graphVersion() {
        return graphVersion;
    }

    public synchronized String status() {
        return status;
    }
}
