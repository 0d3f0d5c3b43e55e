package io.switchboard.channels.whatsapp.client;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** The send-time values of one template component: header, body, or one button. */
@NamedInterface("client")
public sealed interface TemplateComponent {

    /** The header's single variable: text, media or location. */
    @NamedInterface("client")
    record Header(TemplateParameter parameter) implements TemplateComponent {}

    /** Body variables, in order for positional templates, each with a name for named templates. */
    @NamedInterface("client")
    record Body(List<TemplateParameter> parameters) implements TemplateComponent {
        public Body {
            parameters = List.copyOf(parameters);
        }
    }

    /** A button's value; {@code index()} is the button's 0-based position in the approved template. */
    @NamedInterface("client")
    sealed interface Button extends TemplateComponent {
        int index();
    }

    /** {@code payload} comes back in the inbound {@code button.payload} when the customer taps. */
    @NamedInterface("client")
    record QuickReply(int index, String payload) implements Button {}

    /**
     * Fills the single variable at the end of a dynamic URL button. Percent-encode spaces, {@code :},
     * {@code |} and non-ASCII yourself, or the send fails.
     */
    @NamedInterface("client")
    record UrlSuffix(int index, String suffix) implements Button {}

    /** The code a copy-code button copies (coupon, or the one-time password of an authentication template). */
    @NamedInterface("client")
    record CopyCode(int index, String code) implements Button {}

    /** Opens the template's flow; {@code actionData} is handed to its first screen. */
    @NamedInterface("client")
    record FlowButton(int index, @Nullable String flowToken, Map<String, Object> actionData) implements Button {
        public FlowButton {
            actionData = Map.copyOf(actionData);
        }
    }

    static Header header(TemplateParameter parameter) {
        return new Header(parameter);
    }

    static Body body(TemplateParameter... parameters) {
        return new Body(List.of(parameters));
    }
}
