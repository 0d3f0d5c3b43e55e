package io.switchboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Switchboard: one jar serving the UI, the REST API, webhook intake and the background workers. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Switchboard")
public class SwitchboardApplication {
    public static void main(String[] args) {
        SpringApplication.run(SwitchboardApplication.class, args);
    }
}
