package io.switchboard.workspace.internal;

import io.switchboard.Secret;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * First-start and sign-in settings. The names follow the environment variables the README documents:
 * {@code SWITCHBOARD_ADMIN_EMAIL}, {@code SWITCHBOARD_ADMIN_PASSWORD}, {@code SWITCHBOARD_BOOTSTRAP_API_KEY},
 * {@code SWITCHBOARD_WORKSPACE_NAME}, {@code SWITCHBOARD_LOGIN_MAX_FAILURES}, ...
 */
@Validated
@ConfigurationProperties("switchboard")
record WorkspaceSettings(
        @Nullable String adminEmail,
        @Nullable Secret adminPassword,
        @Nullable Secret bootstrapApiKey,
        @DefaultValue("My workspace") String workspaceName,
        @DefaultValue("5") int loginMaxFailures,
        @DefaultValue("30") int loginMaxFailuresPerAddress,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("7d") Duration invitationValidity) {}
