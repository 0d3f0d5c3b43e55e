package io.switchboard.templates;

/** What a sync from the provider did: templates new here, and ones already known that were refreshed. */
public record TemplateSync(int created, int updated) {}
