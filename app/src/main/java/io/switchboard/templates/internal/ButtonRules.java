package io.switchboard.templates.internal;

import io.switchboard.templates.TemplateCategory;
import io.switchboard.templates.TemplateDefinition.Button;
import io.switchboard.templates.TemplateViolation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Meta's rules for the BUTTONS component (reference §8): counts per kind, labels, URLs, grouping. */
final class ButtonRules {
    static final int MAX_BUTTONS = 10;
    static final int LABEL_MAX = 25;
    static final Map<String, Integer> MAX_PER_TYPE =
            Map.of("QUICK_REPLY", 10, "URL", 2, "PHONE_NUMBER", 1, "COPY_CODE", 1, "OTP", 1);
    static final Set<String> OTP_TYPES = Set.of("COPY_CODE", "ONE_TAP", "ZERO_TAP");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9]{4,20}");
    static final Pattern URL = Pattern.compile("https?://\\S+");

    private ButtonRules() {}

    static void check(List<Button> buttons, @Nullable TemplateCategory category, List<TemplateViolation> out) {
        if (buttons.size() > MAX_BUTTONS) {
            out.add(new TemplateViolation("buttons", "At most " + MAX_BUTTONS + " buttons."));
        }
        var counts = new HashMap<String, Integer>();
        int quickReplyGroups = 0;
        var previousQuickReply = false;
        for (int i = 0; i < buttons.size(); i++) {
            var b = buttons.get(i);
            var type = b.type().toUpperCase(Locale.ROOT);
            var field = "buttons[" + i + "]";
            if (!MAX_PER_TYPE.containsKey(type)) {
                out.add(new TemplateViolation(
                        field + ".type", "Choose QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE or OTP."));
                continue;
            }
            if (counts.merge(type, 1, Integer::sum) == MAX_PER_TYPE.get(type) + 1) {
                out.add(new TemplateViolation(
                        field + ".type", "At most " + MAX_PER_TYPE.get(type) + " " + type + " button(s)."));
            }
            label(b, type, field, out);
            switch (type) {
                case "URL" -> url(b, field, out);
                case "PHONE_NUMBER" -> {
                    if (b.phoneNumber() == null
                            || !PHONE.matcher(b.phoneNumber()).matches()) {
                        out.add(new TemplateViolation(
                                field + ".phoneNumber", "Give the number with country code, digits only (≤ 20)."));
                    }
                }
                case "COPY_CODE" -> {
                    var code = b.example() == null ? "" : b.example();
                    if (code.isBlank() || code.length() > 15) {
                        out.add(new TemplateViolation(
                                field + ".example", "Give a sample code of at most 15 characters."));
                    }
                }
                case "OTP" -> {
                    if (category != TemplateCategory.AUTHENTICATION) {
                        out.add(new TemplateViolation(
                                field + ".type", "One-time password buttons are for AUTHENTICATION templates."));
                    }
                    if (b.otpType() == null || !OTP_TYPES.contains(b.otpType().toUpperCase(Locale.ROOT))) {
                        out.add(new TemplateViolation(field + ".otpType", "Choose COPY_CODE, ONE_TAP or ZERO_TAP."));
                    }
                }
                default -> {}
            }
            var quickReply = type.equals("QUICK_REPLY");
            if (quickReply && !previousQuickReply) {
                quickReplyGroups++;
            }
            previousQuickReply = quickReply;
        }
        if (quickReplyGroups > 1) {
            out.add(new TemplateViolation(
                    "buttons", "Keep quick replies together, before or after the other buttons."));
        }
        if (category == TemplateCategory.AUTHENTICATION && !counts.containsKey("OTP")) {
            out.add(new TemplateViolation("buttons", "An AUTHENTICATION template needs a one-time password button."));
        }
    }

    private static void label(Button b, String type, String field, List<TemplateViolation> out) {
        // Meta fills in the label of one-time password buttons ("Copy code", "Autofill") when none is given.
        if (b.text().isBlank() && !type.equals("OTP")) {
            out.add(new TemplateViolation(field + ".text", "Every button needs a label."));
        } else if (TemplateRules.length(b.text()) > LABEL_MAX) {
            out.add(new TemplateViolation(
                    field + ".text", "A button label may have at most " + LABEL_MAX + " characters."));
        }
    }

    private static void url(Button b, String field, List<TemplateViolation> out) {
        var url = b.url() == null ? "" : b.url();
        if (!URL.matcher(url).matches() || url.length() > 2000) {
            out.add(new TemplateViolation(field + ".url", "Give an http(s) URL of at most 2000 characters."));
            return;
        }
        var variables = Variables.in(url);
        if (variables.isEmpty()) {
            return;
        }
        // A dynamic URL has one variable, {{1}}, at its very end: the value sent fills in the suffix.
        if (variables.size() > 1 || !variables.getFirst().equals("1") || !url.endsWith("{{1}}")) {
            out.add(new TemplateViolation(
                    field + ".url", "A URL may end with one variable, {{1}}, and have no other."));
        }
        if (b.example() == null || b.example().isBlank()) {
            out.add(new TemplateViolation(field + ".example", "Give a sample URL suffix for {{1}}."));
        }
    }
}
