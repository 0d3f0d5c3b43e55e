package io.switchboard.campaigns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a campaign. JSON: the bare UUID. */
public record CampaignId(@JsonValue UUID value) {
    public CampaignId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static CampaignId of(UUID value) {
        return new CampaignId(value);
    }

    public static CampaignId random() {
        return new CampaignId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
