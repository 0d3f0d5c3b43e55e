package io.switchboard.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A segment's filter: conditions combined with ALL (and) or ANY (or). One level only: there are no nested
 * groups; no conditions at all means every contact of the workspace.
 */
public record SegmentDefinition(Match match, List<SegmentCondition> conditions) {
    /** The most conditions one definition may have. */
    public static final int MAX_CONDITIONS = 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How the conditions combine. JSON: {@code all} or {@code any}. */
    public enum Match {
        ALL,
        ANY;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** ALL for null or blank; {@code all}/{@code any} in any case. @throws ContactException INVALID */
        @JsonCreator
        public static Match parse(@Nullable String code) {
            if (code == null || code.isBlank()) {
                return ALL;
            }
            return switch (code.strip().toUpperCase(Locale.ROOT)) {
                case "ALL" -> ALL;
                case "ANY" -> ANY;
                default -> throw ContactException.invalid("match", "Use all or any.");
            };
        }
    }

    public SegmentDefinition {
        match = match == null ? Match.ALL : match;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** The stored form. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static SegmentDefinition fromJson(String json) {
        return JSON.readValue(json, SegmentDefinition.class);
    }
}
