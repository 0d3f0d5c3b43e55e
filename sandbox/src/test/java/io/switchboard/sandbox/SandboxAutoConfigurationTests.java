package io.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sandbox.messaging.SandboxServices;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class SandboxAutoConfigurationTests {
    private final WebApplicationContextRunner web =
            new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(SandboxAutoConfiguration.class));

    @Test
    void mountsItselfInAServletApplication() {
        web.run(context -> {
            assertThat(context).hasSingleBean(SandboxServices.class);
            assertThat(context)
                    .hasBean("sandboxGraphRoutes")
                    .hasBean("sandboxControlRoutes")
                    .hasBean("sandboxPhoneRoutes");
        });
    }

    @Test
    void staysOutWhenDisabled() {
        web.withPropertyValues("switchboard.sandbox.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(SandboxServices.class));
    }

    @Test
    void staysOutOfNonWebApplications() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SandboxAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(SandboxServices.class));
    }

    @Test
    void generatesSecretsThatNeverShowInToString() {
        web.withPropertyValues("switchboard.sandbox.app-secret=s3cr3t-value").run(context -> {
            var properties = context.getBean(SandboxProperties.class);
            assertThat(properties.appSecret()).isEqualTo("s3cr3t-value");
            assertThat(properties.toString()).doesNotContain("s3cr3t-value");
            var number = context.getBean(io.switchboard.sandbox.state.Engine.class)
                    .numbers()
                    .find("100000000000001");
            assertThat(number).isPresent();
            assertThat(number.get().accessToken()).hasSizeGreaterThan(20);
        });
    }
}
