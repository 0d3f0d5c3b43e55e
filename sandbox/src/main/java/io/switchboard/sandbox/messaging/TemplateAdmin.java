package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.Json;
import io.switchboard.sandbox.state.Template;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Template management on a WABA: creation (checked by {@link TemplateRules}, then PENDING), automatic
 * review after a delay, deletion, and status or quality changes from the control API, each followed by
 * the webhook Meta sends.
 */
public final class TemplateAdmin {
    /** Meta: 250 templates per WABA for an unverified portfolio. */
    static final int MAX_PER_WABA = 250;

    private static final Pattern ADJACENT = Pattern.compile("}}\\s*\\{\\{");
    private static final Set<String> STATUSES = Set.of(
            "APPROVED",
            "PENDING",
            "REJECTED",
            "PAUSED",
            "DISABLED",
            "IN_APPEAL",
            "LIMIT_EXCEEDED",
            "FLAGGED",
            "REINSTATED",
            "ARCHIVED",
            "LOCKED");
    private static final Set<String> QUALITY = Set.of("GREEN", "YELLOW", "RED", "UNKNOWN");

    private final Engine engine;
    private final Events events;
    private final ScheduledExecutorService scheduler;
    private final Duration reviewDelay;

    TemplateAdmin(Engine engine, Events events, ScheduledExecutorService scheduler, Duration reviewDelay) {
        this.engine = engine;
        this.events = events;
        this.scheduler = scheduler;
        this.reviewDelay = reviewDelay;
    }

    public ObjectNode create(String wabaId, JsonNode request) {
        var accepted = TemplateRules.check(request);
        var templates = engine.templates();
        if (templates.find(wabaId, accepted.name(), accepted.language()).isPresent()) {
            throw GraphErrors.invalid("Content in this language already exists for template " + accepted.name() + ".");
        }
        if (templates.ofWaba(wabaId).size() >= MAX_PER_WABA) {
            throw GraphErrors.of(2388019, "This WABA already has " + MAX_PER_WABA + " templates.");
        }
        var template = new Template(
                Ids.numeric(),
                wabaId,
                accepted.name(),
                accepted.language(),
                accepted.category(),
                accepted.parameterFormat(),
                accepted.components().deepCopy(),
                engine.clock().now());
        templates.add(template);
        scheduler.schedule(() -> review(template), reviewDelay.toMillis(), TimeUnit.MILLISECONDS);
        return Json.object()
                .put("id", template.id())
                .put("status", template.status())
                .put("category", template.category());
    }

    /**
     * Sandbox review rules: adjacent variables are rejected as INVALID_FORMAT (as in Meta's sample); a
     * name containing {@code reject} is rejected as INCORRECT_CATEGORY; everything else is approved.
     */
    private void review(Template template) {
        if (engine.templates().find(template.id()).isEmpty()
                || !template.status().equals("PENDING")) {
            return;
        }
        var body = TemplateText.component(template.components(), "BODY").orElseThrow();
        if (ADJACENT.matcher(body.path("text").asString("")).find()) {
            var extra = Json.object();
            extra.putObject("rejection_info")
                    .put(
                            "reason",
                            "Your template has parameters placed next to each other (like {{1}}{{2}})"
                                    + " without text or punctuation between them.")
                    .put("recommendation", "Separate parameters with descriptive text.");
            changeStatus(template, "REJECTED", "INVALID_FORMAT", extra);
        } else if (template.name().contains("reject")) {
            changeStatus(template, "REJECTED", "INCORRECT_CATEGORY", null);
        } else {
            changeStatus(template, "APPROVED", "NONE", null);
        }
    }

    /** Control API: sets status and/or quality score; PAUSED carries {@code other_info} like Meta's. */
    public ObjectNode change(String templateId, @Nullable String status, @Nullable String quality) {
        var template = engine.templates()
                .find(templateId)
                .orElseThrow(() -> new IllegalArgumentException("unknown template " + templateId));
        if (quality != null) {
            var score = quality.toUpperCase(Locale.ROOT);
            if (!QUALITY.contains(score)) {
                throw new IllegalArgumentException("quality_score must be one of " + QUALITY);
            }
            var previous = template.qualityScore();
            template.setQualityScore(score);
            events.toWaba(
                    template.wabaId(),
                    "message_template_quality_update",
                    Payloads.templateQuality(template, previous, score));
        }
        if (status != null) {
            var next = status.toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(next)) {
                throw new IllegalArgumentException("status must be one of " + STATUSES);
            }
            ObjectNode extra = null;
            if (next.equals("PAUSED") || next.equals("DISABLED")) {
                extra = Json.object();
                extra.putObject("other_info")
                        .put("title", next.equals("PAUSED") ? "FIRST_PAUSE" : "DISABLED")
                        .put("description", "Set through the sandbox control API.");
            }
            changeStatus(template, next, next.equals("REJECTED") ? "INCORRECT_CATEGORY" : "NONE", extra);
        }
        return TemplateViews.view(template, null);
    }

    public ObjectNode delete(String wabaId, String name, @Nullable String hsmId) {
        var matching = engine.templates().ofWaba(wabaId).stream()
                .filter(t -> t.name().equals(name) && (hsmId == null || t.id().equals(hsmId)))
                .toList();
        if (matching.isEmpty()) {
            throw GraphErrors.invalid("Message template " + name + " was not found.");
        }
        matching.forEach(engine.templates()::remove);
        return Json.object().put("success", true);
    }

    private void changeStatus(Template template, String status, String reason, @Nullable ObjectNode extra) {
        template.setStatus(status, status.equals("REJECTED") ? reason : null);
        events.toWaba(
                template.wabaId(),
                "message_template_status_update",
                Payloads.templateStatus(template, status, reason, extra));
    }
}
