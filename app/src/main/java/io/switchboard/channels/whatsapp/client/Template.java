package io.switchboard.channels.whatsapp.client;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * An approved template ({@code type: template}), the only type Meta delivers outside the 24-hour
 * window. {@code components} fill the template's variables; their count and kinds must match what
 * Meta approved (else 132000 or 132012), which only the {@code templates} module knows.
 *
 * @param name the template's name as approved
 * @param languageCode the approved translation, e.g. {@code en_US} (else 132001)
 */
@NamedInterface("client")
public record Template(String name, String languageCode, List<TemplateComponent> components)
        implements OutboundMessage {
    public Template {
        components = List.copyOf(components);
    }

    public static Template of(String name, String languageCode, TemplateComponent... components) {
        return new Template(name, languageCode, List.of(components));
    }
}
