package io.switchboard.templates;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link TemplateWebhookTests} on PostgreSQL. */
@PostgresAppTest
class TemplateWebhookPostgresTests extends TemplateWebhookTests {}
