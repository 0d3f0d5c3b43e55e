/**
 * Message templates: the registry per workspace and WhatsApp Business Account, Meta's creation rules
 * checked before submission, submission and sync with the provider (through {@code channels}), status,
 * category and quality kept from webhooks, preview with sample values, and the variables' contact-field
 * mapping. Sends nothing: {@code messaging} asks {@link io.switchboard.templates.TemplateCatalog}.
 */
@ApplicationModule(allowedDependencies = {"workspace", "channels"})
@NullMarked
package io.switchboard.templates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
