package io.switchboard.channels.whatsapp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The documented environment names bind, the defaults are Meta's host and a pinned version, and a channel can point elsewhere. */
class CloudApiSettingsTests {
    private static GraphApiSettings bind(Map<String, Object> environment) {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", environment));
        return Binder.get(env).bindOrCreate("switchboard.whatsapp", GraphApiSettings.class);
    }

    @Test
    void defaultsToMetaWithPinnedVersion() {
        var settings = bind(Map.of());
        assertThat(settings.graphUrl()).isEqualTo(URI.create("https://graph.facebook.com"));
        assertThat(settings.graphVersion()).isEqualTo("v23.0");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void bindsTheDocumentedEnvironmentNames() {
        var settings = bind(Map.of(
                "SWITCHBOARD_WHATSAPP_GRAPH_URL", "http://localhost:8080/sandbox/graph",
                "SWITCHBOARD_WHATSAPP_GRAPH_VERSION", "v25.0",
                "SWITCHBOARD_WHATSAPP_READ_TIMEOUT", "10s"));
        assertThat(settings.graphUrl()).isEqualTo(URI.create("http://localhost:8080/sandbox/graph"));
        assertThat(settings.graphVersion()).isEqualTo("v25.0");
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void connectionTakesConfiguredDefaultsAndCanPointElsewhere() {
        var client = new CloudApiClient(bind(Map.of()));
        var connection = client.connection("123", "456", new Secret("t"));
        assertThat(connection.node("123", "messages"))
                .isEqualTo(URI.create("https://graph.facebook.com/v23.0/123/messages"));
        assertThat(connection
                        .withGraphUrl(URI.create("http://localhost:9/sandbox/graph/"))
                        .node("123", "media"))
                .isEqualTo(URI.create("http://localhost:9/sandbox/graph/v23.0/123/media"));
    }

    @Test
    void refusesUnpinnedVersions() {
        assertThatThrownBy(() ->
                        new Connection(URI.create("https://graph.facebook.com"), "latest", "1", null, new Secret("t")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encodesIdsInPaths() {
        var connection = new Connection(URI.create("https://graph.facebook.com"), "v23.0", "1", null, new Secret("t"));
        assertThat(connection.node("a/b?c").toString()).isEqualTo("https://graph.facebook.com/v23.0/a%2Fb%3Fc");
    }
}
