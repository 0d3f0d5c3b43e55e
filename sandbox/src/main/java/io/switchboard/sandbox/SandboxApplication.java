package io.switchboard.sandbox;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** Runs the sandbox alone, on its own port, for load tests and demos. */
// Not a @SpringBootApplication: the host app component-scans io.switchboard.**, and a @Configuration
// here would mount the sandbox there even when switchboard.sandbox.enabled=false.
@EnableAutoConfiguration
public class SandboxApplication {
    public static void main(String[] args) {
        var application = new SpringApplication(SandboxApplication.class);
        // Meta accepts documents up to 100 MB; Spring's multipart default (1 MB) would refuse most media.
        application.setDefaultProperties(Map.of(
                "spring.servlet.multipart.max-file-size", "100MB",
                "spring.servlet.multipart.max-request-size", "101MB",
                "spring.threads.virtual.enabled", "true"));
        application.run(args);
    }
}
