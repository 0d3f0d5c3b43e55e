package io.switchboard.sandbox.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The simulated customer's phone: one static page and its script, served from a classpath folder that
 * is not {@code static/}, so a host app does not expose them when the sandbox is disabled.
 */
public final class PhoneRoutes {
    private static final String ROOT = "io/switchboard/sandbox/phone/";

    public RouterFunction<ServerResponse> routes() {
        var page = new ClassPathResource(ROOT + "phone.html");
        return RouterFunctions.route()
                .GET(
                        "/sandbox/phone",
                        r -> ServerResponse.ok()
                                .contentType(MediaType.TEXT_HTML)
                                .body(page))
                .resources("/sandbox/phone/**", new ClassPathResource(ROOT))
                .build();
    }
}
