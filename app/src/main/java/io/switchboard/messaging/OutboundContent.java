package io.switchboard.messaging;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to send, independent of the provider; messaging maps it to the Cloud API's message types. JSON:
 * an object with {@code kind} ({@code text}, {@code media}, {@code template}, {@code buttons}, {@code list},
 * {@code reaction}, {@code location}). Only {@link Template} may go outside the 24-hour window.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OutboundContent.Text.class, name = "text"),
    @JsonSubTypes.Type(value = OutboundContent.Media.class, name = "media"),
    @JsonSubTypes.Type(value = OutboundContent.Template.class, name = "template"),
    @JsonSubTypes.Type(value = OutboundContent.Buttons.class, name = "buttons"),
    @JsonSubTypes.Type(value = OutboundContent.ListMenu.class, name = "list"),
    @JsonSubTypes.Type(value = OutboundContent.Reaction.class, name = "reaction"),
    @JsonSubTypes.Type(value = OutboundContent.Location.class, name = "location")
})
public sealed interface OutboundContent {

    /** Meta's message type, as stored with the message. */
    String type();

    record Text(String body, boolean previewUrl) implements OutboundContent {
        public Text {
            Objects.requireNonNull(body, "body");
        }

        public static Text of(String body) {
            return new Text(body, false);
        }

        /** JSON: {@code previewUrl} is optional (false). */
        @JsonCreator
        static Text fromJson(
                @JsonProperty("body") String body, @JsonProperty("previewUrl") @Nullable Boolean previewUrl) {
            return new Text(body, Boolean.TRUE.equals(previewUrl));
        }

        @Override
        public String type() {
            return "text";
        }
    }

    enum MediaKind {
        IMAGE,
        VIDEO,
        AUDIO,
        DOCUMENT,
        STICKER
    }

    /** Media by public https {@code link} or by a {@code mediaId} uploaded to this number; exactly one. */
    record Media(
            MediaKind mediaKind,
            @Nullable String link,
            @Nullable String mediaId,
            @Nullable String caption,
            @Nullable String filename)
            implements OutboundContent {
        public Media {
            if ((link == null) == (mediaId == null)) {
                throw new IllegalArgumentException("Give exactly one of link and mediaId");
            }
        }

        @Override
        public String type() {
            return mediaKind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An approved template; {@code bodyParameters} fill {@code {{1}}…{{n}}} of its body in order. */
    record Template(String name, String language, List<String> bodyParameters) implements OutboundContent {
        public Template {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            bodyParameters = bodyParameters == null ? List.of() : List.copyOf(bodyParameters);
        }

        @Override
        public String type() {
            return "template";
        }
    }

    /** One reply button or list row: {@code id} comes back when tapped, {@code title} is shown. */
    record Choice(String id, String title) {}

    /** Up to three reply buttons under a body text. */
    record Buttons(String body, List<Choice> buttons) implements OutboundContent {
        public Buttons {
            buttons = List.copyOf(buttons);
        }

        @Override
        public String type() {
            return "interactive";
        }
    }

    /** A menu of up to ten rows behind one button labelled {@code button}. */
    record ListMenu(String body, String button, List<Choice> rows) implements OutboundContent {
        public ListMenu {
            rows = List.copyOf(rows);
        }

        @Override
        public String type() {
            return "interactive";
        }
    }

    /** An emoji on the contact's message {@code messageId} (a wamid); an empty emoji removes it. */
    record Reaction(String messageId, String emoji) implements OutboundContent {
        @Override
        public String type() {
            return "reaction";
        }
    }

    record Location(
            BigDecimal latitude,
            BigDecimal longitude,
            @Nullable String name,
            @Nullable String address) implements OutboundContent {
        @Override
        public String type() {
            return "location";
        }
    }
}
