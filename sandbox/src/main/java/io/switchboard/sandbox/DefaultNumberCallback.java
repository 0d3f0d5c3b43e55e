package io.switchboard.sandbox;

import io.switchboard.sandbox.state.NumberRegistry;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Points the default number at {@code http://localhost:<port>/webhooks/whatsapp} once the port is known
 * (random in tests), unless {@code switchboard.sandbox.callback-url} is set.
 */
final class DefaultNumberCallback implements ApplicationListener<WebServerInitializedEvent> {
    private final NumberRegistry numbers;
    private final SandboxProperties properties;

    DefaultNumberCallback(NumberRegistry numbers, SandboxProperties properties) {
        this.numbers = numbers;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (properties.callbackUrl() != null || event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        var contextPath = event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "");
        var url = "http://localhost:" + event.getWebServer().getPort() + contextPath + "/webhooks/whatsapp";
        numbers.find(properties.defaultNumber().phoneNumberId())
                .filter(n -> n.callbackUrl() == null)
                .ifPresent(n -> numbers.replace(n.withCallbackUrl(url)));
    }
}
