package io.switchboard.channels.whatsapp.client;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One template variable. {@code name} is set for templates approved with named parameters ({@code
 * {{first_name}}}) and null for positional ones ({@code {{1}}}); a component never mixes the two.
 */
@NamedInterface("client")
public sealed interface TemplateParameter {

    @NamedInterface("client")
    record Text(@Nullable String name, String text) implements TemplateParameter {}

    /**
     * Money. Cloud API shows {@code fallbackValue} as is; {@code amount1000} is the amount times 1000
     * and {@code code} the ISO 4217 currency.
     */
    @NamedInterface("client")
    record Currency(@Nullable String name, String fallbackValue, String code, long amount1000)
            implements TemplateParameter {}

    /**
     * A date. Cloud API displays only {@code fallbackValue} (format it for the recipient's language);
     * the other fields are sent when given, for API compatibility.
     */
    @NamedInterface("client")
    record DateTime(
            @Nullable String name,
            String fallbackValue,
            @Nullable Integer dayOfWeek,
            @Nullable Integer year,
            @Nullable Integer month,
            @Nullable Integer dayOfMonth,
            @Nullable Integer hour,
            @Nullable Integer minute,
            @Nullable String calendar)
            implements TemplateParameter {
        public static DateTime of(String fallbackValue) {
            return new DateTime(null, fallbackValue, null, null, null, null, null, null, null);
        }
    }

    /** A header image, video or document; {@code filename} applies to documents only. */
    @NamedInterface("client")
    record Media(
            Interactive.MediaType type,
            MediaRef media,
            @Nullable String filename) implements TemplateParameter {}

    /** A location header; Meta requires all four fields. */
    @NamedInterface("client")
    record Location(BigDecimal latitude, BigDecimal longitude, String name, String address)
            implements TemplateParameter {}

    static Text text(String text) {
        return new Text(null, text);
    }

    static Text named(String name, String text) {
        return new Text(name, text);
    }

    static Media image(MediaRef media) {
        return new Media(Interactive.MediaType.IMAGE, media, null);
    }
}
