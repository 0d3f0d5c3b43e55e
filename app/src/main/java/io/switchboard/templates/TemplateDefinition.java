package io.switchboard.templates;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a user writes: a template as Meta's creation request describes it (reference §8), kept in the
 * words of the wire (category, formats and button types as Meta spells them) so that whatever was typed
 * survives a failed check. {@link TemplateManagement} checks it against Meta's rules before storing or
 * submitting it.
 *
 * @param parameterFormat {@code POSITIONAL} ({@code {{1}}}) or {@code NAMED} ({@code {{first_name}}})
 * @param header {@code null} for none
 * @param footer {@code null} or blank for none
 * @param variableMapping body or header variable ({@code 1}, {@code first_name}) → contact field
 *     ({@code name}, {@code phone}, {@code wa_id}, {@code email}, {@code custom.<key>})
 */
public record TemplateDefinition(
        String name,
        String language,
        String category,
        String parameterFormat,
        @Nullable Header header,
        Body body,
        @Nullable String footer,
        List<Button> buttons,
        Map<String, String> variableMapping) {

    public TemplateDefinition {
        buttons = List.copyOf(buttons);
        variableMapping = Map.copyOf(variableMapping);
    }

    /**
     * The header: {@code TEXT} (≤ 60 characters, at most one variable), {@code IMAGE}, {@code VIDEO},
     * {@code GIF}, {@code DOCUMENT} or {@code LOCATION}.
     *
     * @param example the sample for a text header's variable, or the media handle of a media header
     */
    public record Header(
            String format, @Nullable String text, @Nullable String example) {}

    /** The body; {@code examples} holds a sample per variable, keyed like the variable ({@code 1}, {@code name}). */
    public record Body(String text, Map<String, String> examples) {
        public Body {
            examples = Map.copyOf(examples);
        }
    }

    /**
     * A button: {@code QUICK_REPLY}, {@code URL}, {@code PHONE_NUMBER}, {@code COPY_CODE} or {@code OTP}.
     *
     * @param example the sample for a URL's trailing variable, or the code of a copy-code button
     * @param otpType for OTP buttons: {@code COPY_CODE}, {@code ONE_TAP} or {@code ZERO_TAP}
     */
    public record Button(
            String type,
            String text,
            @Nullable String url,
            @Nullable String phoneNumber,
            @Nullable String example,
            @Nullable String otpType) {}

    /**
     * The positional variables of {@code text} in number order ({@code {{1}}}, {@code {{2}}}, …), each once;
     * what a sender must fill for a template with positional parameters.
     */
    public static List<String> positionalVariables(String text) {
        return POSITIONAL
                .matcher(text)
                .results()
                .map(m -> m.group(1))
                .distinct()
                .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                .toList();
    }

    private static final java.util.regex.Pattern POSITIONAL = java.util.regex.Pattern.compile("\\{\\{\\s*(\\d+)\\s*}}");

    /** Whether variables are named ({@code {{first_name}}}) rather than positional. */
    public boolean named() {
        return "NAMED".equalsIgnoreCase(parameterFormat);
    }
}
