package io.switchboard.inbox.web;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.Contact;
import io.switchboard.templates.Template;
import io.switchboard.templates.TemplateDefinition;
import io.switchboard.templates.TemplateManagement;
import io.switchboard.templates.TemplateStatus;
import io.switchboard.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The composer's template choice: the approved templates of the conversation's number that the composer
 * can fill (positional body variables only; templates with named variables, a media or variable header,
 * or a dynamic URL button need the template API and are left out), with each variable prefilled from its
 * mapping to a contact field.
 */
@Component
class TemplatePicker {
    private static final Pattern ANY_VARIABLE = Pattern.compile("\\{\\{[^{}]*}}");

    /** One variable: its number, a value from the contact (or empty) and the template's sample. */
    record Variable(String key, String value, String example) {}

    /** A template the composer can send; {@code value} identifies it in the form ({@code name|language}). */
    record Choice(String value, String name, String language, String category, String body, List<Variable> variables) {}

    private final TemplateManagement templates;

    TemplatePicker(TemplateManagement templates) {
        this.templates = templates;
    }

    List<Choice> choices(WorkspaceId workspace, ChannelId channel, Contact contact) {
        var out = new ArrayList<Choice>();
        for (var t : templates.list(workspace)) {
            if (t.channelId().equals(channel) && t.status() == TemplateStatus.APPROVED && fillable(t)) {
                var d = t.definition();
                var variables = new ArrayList<Variable>();
                for (var key : TemplateDefinition.positionalVariables(d.body().text())) {
                    var field = d.variableMapping().get(key);
                    var value = field == null ? null : contactField(contact, field);
                    variables.add(new Variable(
                            key, value == null ? "" : value, d.body().examples().getOrDefault(key, "")));
                }
                out.add(new Choice(
                        d.name() + "|" + d.language(),
                        d.name(),
                        d.language(),
                        d.category().toUpperCase(Locale.ROOT),
                        d.body().text(),
                        List.copyOf(variables)));
            }
        }
        return out;
    }

    /** The template {@code name|language} among the choices, if the composer can send it. */
    Optional<Choice> find(WorkspaceId workspace, ChannelId channel, Contact contact, String value) {
        return choices(workspace, channel, contact).stream()
                .filter(c -> c.value().equals(value))
                .findFirst();
    }

    private static boolean fillable(Template t) {
        var d = t.definition();
        if (d.named()) {
            return false;
        }
        var header = d.header();
        if (header != null
                && (!"TEXT".equalsIgnoreCase(header.format())
                        || (header.text() != null
                                && ANY_VARIABLE.matcher(header.text()).find()))) {
            return false;
        }
        return d.buttons().stream()
                .noneMatch(b -> "URL".equalsIgnoreCase(b.type())
                        && b.url() != null
                        && b.url().contains("{{"));
    }

    private static @Nullable String contactField(Contact contact, String field) {
        return switch (field) {
            case "name" -> contact.profileName();
            case "phone" -> contact.phone();
            case "wa_id" -> contact.waId();
            default -> null;
        };
    }
}
