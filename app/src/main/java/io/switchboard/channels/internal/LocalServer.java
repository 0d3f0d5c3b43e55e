package io.switchboard.channels.internal;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The port this node listens on, for the embedded sandbox's URLs (random in tests). */
@Component
public class LocalServer {
    private volatile int port = -1;

    @EventListener
    void on(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    /** {@code http://localhost:<port>}; only valid once the web server started. */
    public String baseUrl() {
        if (port < 0) {
            throw new IllegalStateException("the web server has not started yet");
        }
        return "http://localhost:" + port;
    }
}
