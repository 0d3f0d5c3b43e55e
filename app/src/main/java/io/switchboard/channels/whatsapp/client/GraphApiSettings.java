package io.switchboard.channels.whatsapp.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the Graph API is and how long to wait for it. Environment names: {@code
 * SWITCHBOARD_WHATSAPP_GRAPH_URL}, {@code SWITCHBOARD_WHATSAPP_GRAPH_VERSION}, {@code
 * SWITCHBOARD_WHATSAPP_CONNECT_TIMEOUT}, {@code SWITCHBOARD_WHATSAPP_READ_TIMEOUT}. A channel may
 * override the URL and version in its {@link Connection} (the embedded sandbox is one such URL).
 *
 * @param graphUrl the Graph API host without version, e.g. {@code https://graph.facebook.com}
 * @param graphVersion pinned on every call, because an unversioned call uses the app's default version
 * @param readTimeout a send normally answers in well under a second; media downloads can take longer
 */
@Validated
@ConfigurationProperties("switchboard.whatsapp")
record GraphApiSettings(
        @DefaultValue("https://graph.facebook.com") @NotNull URI graphUrl,

        @DefaultValue("v23.0") @Pattern(regexp = Connection.VERSION_PATTERN)
        String graphVersion,

        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {}
