package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Customers;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.Faults;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.Json;
import io.switchboard.sandbox.state.MessageLog;
import io.switchboard.sandbox.state.MessageRecord;
import io.switchboard.sandbox.state.NumberRegistry;
import io.switchboard.sandbox.state.SandboxClock;
import io.switchboard.sandbox.state.Stats;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /{phone-number-id}/messages}: validates, applies rate limits, answers like Meta (accepted
 * means queued, not delivered) and leaves the outcome to status webhooks, which is also how Meta reports
 * a closed service window (131047), a stopped marketing preference (131050) and the messaging limit.
 */
public final class Messaging {
    /** Sandbox choice: Meta publishes no code for the messaging limit; see the README. */
    static final int MESSAGING_LIMIT_CODE = 131048;

    private final SendValidator validator;
    private final RateLimits rateLimits;
    private final ReachLimit reach;
    private final StatusEmitter statuses;
    private final MessageLog log;
    private final Customers customers;
    private final NumberRegistry numbers;
    private final Faults faults;
    private final Stats stats;
    private final SandboxClock clock;
    private final BooleanSupplier limitsEnabled;

    Messaging(Engine engine, SendValidator validator, RateLimits rateLimits, ReachLimit reach, StatusEmitter statuses) {
        this.validator = validator;
        this.rateLimits = rateLimits;
        this.reach = reach;
        this.statuses = statuses;
        this.log = engine.log();
        this.customers = engine.customers();
        this.numbers = engine.numbers();
        this.faults = engine.faults();
        this.stats = engine.stats();
        this.clock = engine.clock();
        this.limitsEnabled = engine.limits()::get;
    }

    /** @throws GraphException with Meta's code when the request itself is refused */
    public ObjectNode send(BusinessNumber number, String version, JsonNode body) {
        var settings = faults.get();
        if (Faults.roll(settings.errorRate())) {
            throw GraphErrors.of(settings.errorCode(), "Injected by the sandbox's fault settings.");
        }
        if (!"whatsapp".equals(body.path("messaging_product").asString(""))) {
            throw GraphErrors.invalid("The parameter messaging_product is required and must be whatsapp.");
        }
        if (body.has("status")) {
            return markRead(number, body);
        }
        var recipientType = body.path("recipient_type").asString("individual");
        if (!recipientType.equals("individual")) {
            throw GraphErrors.invalid("The sandbox supports recipient_type individual only.");
        }
        var input = Fields.optionalText(body, "to", "to", 64);
        if (input == null || input.isBlank()) {
            throw GraphErrors.invalid("The parameter to is required.");
        }
        var waId = input.replaceAll("[+\\s()\\-]", "");
        if (!waId.matches("[0-9]{7,15}")) {
            throw GraphErrors.invalid("Param to must be a phone number with country code, e.g. +16505551234.");
        }
        if (waId.equals(number.displayDigits())) {
            throw GraphErrors.of(131021, "The recipient is the sender's own number.");
        }
        var type = body.path("type").asString("text");
        var validated = validator.validate(number, type, body);
        var opaque = Fields.optionalText(body, "biz_opaque_callback_data", "biz_opaque_callback_data", 512);
        if (limitsEnabled.getAsBoolean()) {
            rateLimits.acquire(number, waId);
        }
        var now = clock.now();
        var windowOpen = customers.windowOpen(number.phoneNumberId(), waId, now);
        var pricingType = validated.template() && (!validated.category().equals("utility") || !windowOpen)
                ? "regular"
                : "free_customer_service";
        var draft = new MessageRecord.Draft(
                Ids.wamid(waId),
                number.phoneNumberId(),
                waId,
                MessageRecord.Direction.BUSINESS,
                type,
                body,
                opaque,
                validated.rendered(),
                validated.category(),
                pricingType,
                version);
        var message = new MessageRecord(draft, "accepted", now);
        log.add(message);
        stats.accepted(number.phoneNumberId());
        statuses.accepted(number, message, outcome(number, waId, validated, windowOpen));
        return response(input, waId, message.wamid(), validated.template());
    }

    private StatusEmitter.@Nullable Failure outcome(
            BusinessNumber number, String waId, Validated validated, boolean windowOpen) {
        if (validated.reactionTarget() != null) {
            var target = log.find(validated.reactionTarget());
            if (target.isEmpty() || target.get().type().equals("reaction")) {
                return new StatusEmitter.Failure(131009, "The reaction's message_id is unknown or is a reaction.");
            }
        }
        if (!validated.template() && !windowOpen) {
            return new StatusEmitter.Failure(
                    131047,
                    "Message failed to send because more than 24 hours have passed"
                            + " since the customer last replied to this number.");
        }
        if (validated.template()
                && validated.category().equals("marketing")
                && customers.marketingStopped(number.phoneNumberId(), waId)) {
            return new StatusEmitter.Failure(
                    131050, "The recipient has stopped marketing messages from this business.");
        }
        if (validated.template() && !windowOpen && limitsEnabled.getAsBoolean()) {
            var tier = numbers.tier(number.businessId());
            if (!reach.tryReach(number.businessId(), waId, tier, clock.now())) {
                return new StatusEmitter.Failure(
                        MESSAGING_LIMIT_CODE,
                        "The business portfolio reached its messaging"
                                + " limit (" + tier + ": " + tier.uniqueUsers()
                                + " unique users outside a customer service"
                                + " window in 24 hours).");
            }
        }
        return null;
    }

    /** Marking an inbound message read also marks the customer's earlier ones (Meta). */
    private ObjectNode markRead(BusinessNumber number, JsonNode body) {
        if (!"read".equals(body.path("status").asString(""))) {
            throw GraphErrors.invalid("Param status must be read.");
        }
        var id = Fields.text(body, "message_id", "message_id", 256);
        var target = log.find(id)
                .filter(m -> m.direction() == MessageRecord.Direction.CUSTOMER
                        && m.phoneNumberId().equals(number.phoneNumberId()))
                .orElseThrow(() -> GraphErrors.invalid("Message " + id + " is not an inbound message of this number."));
        var thread = log.conversation(target.waId(), number.phoneNumberId());
        for (var message : thread.subList(0, thread.indexOf(target) + 1)) {
            if (message.direction() == MessageRecord.Direction.CUSTOMER) {
                message.markReadByBusiness();
            }
        }
        if (body.has("typing_indicator")) {
            customers.typing(number.phoneNumberId(), target.waId(), clock.now());
        }
        return Json.object().put("success", true);
    }

    private static ObjectNode response(String input, String waId, String wamid, boolean template) {
        var response = Json.object().put("messaging_product", "whatsapp");
        response.putArray("contacts").addObject().put("input", input).put("wa_id", waId);
        var message = response.putArray("messages").addObject().put("id", wamid);
        if (template) {
            message.put("message_status", "accepted");
        }
        return response;
    }
}
