package io.switchboard.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** Runs the sandbox alone, on its own port, for load tests and demos. */
// Not a @SpringBootApplication: the host app component-scans io.switchboard.**, and a @Configuration
// here would mount the sandbox there even when switchboard.sandbox.enabled=false.
@EnableAutoConfiguration
public class SandboxApplication {
    public static void main(String[] args) {
        SpringApplication.run(SandboxApplication.class, args);
    }
}
