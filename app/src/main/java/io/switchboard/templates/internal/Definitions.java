package io.switchboard.templates.internal;

import io.switchboard.templates.TemplateDefinition;
import tools.jackson.databind.json.JsonMapper;

/** A definition as the JSON text stored in {@code templates_template.definition}. */
final class Definitions {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Definitions() {}

    static String write(TemplateDefinition definition) {
        return JSON.writeValueAsString(definition);
    }

    static TemplateDefinition read(String json) {
        return JSON.readValue(json, TemplateDefinition.class);
    }

    /** {@code definition} with our own variable mapping, which the provider does not know. */
    static TemplateDefinition withMapping(TemplateDefinition d, java.util.Map<String, String> mapping) {
        return new TemplateDefinition(
                d.name(),
                d.language(),
                d.category(),
                d.parameterFormat(),
                d.header(),
                d.body(),
                d.footer(),
                d.buttons(),
                mapping);
    }
}
