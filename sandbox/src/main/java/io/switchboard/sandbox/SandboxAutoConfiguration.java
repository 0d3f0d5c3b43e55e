package io.switchboard.sandbox;

import io.switchboard.sandbox.messaging.SandboxServices;
import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Customers;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.Faults;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.MediaStore;
import io.switchboard.sandbox.state.MessageLog;
import io.switchboard.sandbox.state.NumberRegistry;
import io.switchboard.sandbox.state.SandboxClock;
import io.switchboard.sandbox.state.Stats;
import io.switchboard.sandbox.state.TemplateStore;
import io.switchboard.sandbox.web.ControlRoutes;
import io.switchboard.sandbox.web.GraphRoutes;
import io.switchboard.sandbox.web.PhoneRoutes;
import io.switchboard.sandbox.webhook.CallbackGuard;
import io.switchboard.sandbox.webhook.CallbackVerifier;
import io.switchboard.sandbox.webhook.WebhookDispatcher;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Mounts the sandbox under {@code /sandbox/**} of a servlet web application, unless {@code
 * switchboard.sandbox.enabled=false}. Every bean is declared here and named {@code sandbox…}, so nothing
 * collides with or reconfigures the host application.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "switchboard.sandbox", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxAutoConfiguration {

    @Bean
    Engine sandboxEngine(SandboxProperties properties, ObjectProvider<Clock> clock) {
        var numbers = new NumberRegistry();
        var defaults = properties.defaultNumber();
        numbers.register(
                new BusinessNumber(
                        defaults.phoneNumberId(),
                        defaults.wabaId(),
                        defaults.businessId(),
                        defaults.displayPhoneNumber(),
                        defaults.verifiedName(),
                        defaults.qualityRating(),
                        defaults.throughput(),
                        orRandom(properties.accessToken()),
                        orRandom(properties.appSecret()),
                        orRandom(properties.verifyToken()),
                        properties.callbackUrl()),
                defaults.messagingLimitTier());
        return new Engine(
                numbers,
                new Customers(),
                new MessageLog(properties.maxMessagesPerCustomer(), properties.maxMessages()),
                new TemplateStore(),
                new MediaStore(properties.maxMediaBytes()),
                new Faults(),
                new Stats(),
                new SandboxClock(clock.getIfAvailable(Clock::systemUTC)),
                new AtomicBoolean(properties.limitsEnabled()));
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService sandboxScheduler() {
        return Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("sandbox-scheduler").daemon().factory());
    }

    @Bean
    HttpClient sandboxHttpClient() {
        // HTTP/1.1: no h2c upgrade attempts against plain callback servers; never follow redirects (SSRF).
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Bean
    CallbackVerifier sandboxCallbackVerifier(HttpClient sandboxHttpClient, Engine sandboxEngine) {
        return new CallbackVerifier(sandboxHttpClient, sandboxEngine.numbers(), Duration.ofSeconds(5));
    }

    @Bean(destroyMethod = "close")
    WebhookDispatcher sandboxWebhookDispatcher(
            Engine sandboxEngine,
            CallbackVerifier sandboxCallbackVerifier,
            HttpClient sandboxHttpClient,
            SandboxProperties properties) {
        return new WebhookDispatcher(
                sandboxEngine.numbers(),
                sandboxEngine.faults(),
                sandboxEngine.stats(),
                sandboxEngine.clock(),
                sandboxCallbackVerifier,
                sandboxHttpClient,
                properties.webhooks());
    }

    @Bean
    SandboxServices sandboxServices(
            Engine sandboxEngine,
            WebhookDispatcher sandboxWebhookDispatcher,
            CallbackVerifier sandboxCallbackVerifier,
            ScheduledExecutorService sandboxScheduler,
            SandboxProperties properties) {
        return new SandboxServices(
                sandboxEngine,
                sandboxWebhookDispatcher,
                new CallbackGuard(properties.allowedCallbackHosts()),
                sandboxCallbackVerifier,
                sandboxScheduler,
                properties);
    }

    @Bean
    DefaultNumberCallback sandboxDefaultNumberCallback(Engine sandboxEngine, SandboxProperties properties) {
        return new DefaultNumberCallback(sandboxEngine.numbers(), properties);
    }

    @Bean
    RouterFunction<ServerResponse> sandboxGraphRoutes(SandboxServices sandboxServices) {
        return new GraphRoutes(sandboxServices).routes();
    }

    @Bean
    RouterFunction<ServerResponse> sandboxControlRoutes(SandboxServices sandboxServices) {
        return new ControlRoutes(sandboxServices).routes();
    }

    @Bean
    RouterFunction<ServerResponse> sandboxPhoneRoutes() {
        return new PhoneRoutes().routes();
    }

    private static String orRandom(@Nullable String secret) {
        return secret == null || secret.isBlank() ? Ids.secret() : secret;
    }
}
