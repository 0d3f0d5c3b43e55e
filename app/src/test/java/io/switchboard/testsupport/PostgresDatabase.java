package io.switchboard.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test's Spring context at a fresh PostgreSQL database: {@code @ContextConfiguration(initializers = PostgresDatabase.class)}. */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-postgres",
                        Map.of(
                                "spring.datasource.url", TestDatabases.newPostgresDatabase(),
                                "spring.datasource.username", TestDatabases.PG_USER,
                                "spring.datasource.password", TestDatabases.PG_PASSWORD)));
    }
}
