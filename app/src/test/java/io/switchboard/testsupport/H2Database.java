package io.switchboard.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test's Spring context at a fresh in-memory H2 in PostgreSQL mode, as the embedded default runs. */
public class H2Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-h2",
                        Map.of(
                                "spring.datasource.url", TestDatabases.h2Url(),
                                "spring.datasource.username", "sa",
                                "spring.datasource.password", "")));
    }
}
