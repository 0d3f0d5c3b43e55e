package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.SandboxProperties;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.webhook.CallbackGuard;
import io.switchboard.sandbox.webhook.CallbackVerifier;
import io.switchboard.sandbox.webhook.WebhookDispatcher;
import java.util.concurrent.ScheduledExecutorService;

/** Wires this package's services over the shared state; the auto-configuration builds one. */
public final class SandboxServices {
    private final Engine engine;
    private final WebhookDispatcher dispatcher;
    private final RateLimits rateLimits;
    private final ReachLimit reach = new ReachLimit();
    private final Pricing pricing;
    private final MediaLinks mediaLinks;
    private final Messaging messaging;
    private final InboundMessages inbound;
    private final CustomerActions customers;
    private final NumberAdmin numbers;
    private final TemplateAdmin templates;

    public SandboxServices(
            Engine engine,
            WebhookDispatcher dispatcher,
            CallbackGuard guard,
            CallbackVerifier verifier,
            ScheduledExecutorService scheduler,
            SandboxProperties properties) {
        this.engine = engine;
        this.dispatcher = dispatcher;
        var events = new Events(dispatcher, engine.numbers());
        this.rateLimits = new RateLimits(properties.pairRateLimit());
        this.pricing = new Pricing(properties.pricingModel(), engine.clock());
        this.mediaLinks = new MediaLinks(engine.clock());
        var statuses = new StatusEmitter(
                events,
                engine.clock(),
                scheduler,
                engine.faults(),
                engine.stats(),
                pricing,
                properties.deliveredDelay());
        var validator = new SendValidator(engine.media(), new TemplateSendRules(engine.templates()));
        this.messaging = new Messaging(engine, validator, rateLimits, reach, statuses);
        this.inbound = new InboundMessages(engine, events, mediaLinks);
        this.customers = new CustomerActions(engine, events, statuses);
        this.numbers = new NumberAdmin(engine, events, guard, verifier);
        this.templates = new TemplateAdmin(engine, events, scheduler, properties.templateReviewDelay());
    }

    public Messaging messaging() {
        return messaging;
    }

    public InboundMessages inbound() {
        return inbound;
    }

    public CustomerActions customers() {
        return customers;
    }

    public NumberAdmin numbers() {
        return numbers;
    }

    public TemplateAdmin templates() {
        return templates;
    }

    public MediaLinks mediaLinks() {
        return mediaLinks;
    }

    public Engine engine() {
        return engine;
    }

    /** Forgets customers, messages, counters, limit usage, queued webhooks and clock moves. */
    public void reset() {
        // Webhooks first: clear() waits out a delivery under way, which would otherwise count after the reset.
        dispatcher.clear();
        engine.customers().clear();
        engine.log().clear();
        engine.stats().clear();
        engine.clock().reset();
        rateLimits.clear();
        reach.clear();
        pricing.clear();
    }
}
