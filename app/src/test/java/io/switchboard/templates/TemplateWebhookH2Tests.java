package io.switchboard.templates;

import io.switchboard.testsupport.H2AppTest;

/** {@link TemplateWebhookTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class TemplateWebhookH2Tests extends TemplateWebhookTests {}
