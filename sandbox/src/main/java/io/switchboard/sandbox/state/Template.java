package io.switchboard.sandbox.state;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A message template of a WABA; (name, language) identifies it for sending. */
public final class Template {
    private final String id;
    private final String wabaId;
    private final String name;
    private final String language;
    private final String category;
    private final String parameterFormat;
    private final JsonNode components;
    private final Instant createdAt;
    private String status = "PENDING";
    private String qualityScore = "UNKNOWN";
    private @Nullable String rejectedReason;

    public Template(
            String id,
            String wabaId,
            String name,
            String language,
            String category,
            String parameterFormat,
            JsonNode components,
            Instant createdAt) {
        this.id = id;
        this.wabaId = wabaId;
        this.name = name;
        this.language = language;
        this.category = category;
        this.parameterFormat = parameterFormat;
        this.components = components;
        this.createdAt = createdAt;
    }

    public synchronized void setStatus(String newStatus, @Nullable String reason) {
        status = newStatus;
        rejectedReason = reason;
    }

    public synchronized void setQualityScore(String score) {
        qualityScore = score;
    }

    public synchronized String status() {
        return status;
    }

    public synchronized String qualityScore() {
        return qualityScore;
    }

    public synchronized @Nullable String rejectedReason() {
        return rejectedReason;
    }

    public String id() {
        return id;
    }

    public String wabaId() {
        return wabaId;
    }

    public String name() {
        return name;
    }

    public String language() {
        return language;
    }

    public String category() {
        return category;
    }

    public String parameterFormat() {
        return parameterFormat;
    }

    public JsonNode components() {
        return components;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
