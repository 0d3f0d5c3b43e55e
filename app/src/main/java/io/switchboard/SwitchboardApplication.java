package io.switchboard;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/** Switchboard: one jar serving the UI, the REST API, webhook intake and the background workers. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Switchboard")
public class SwitchboardApplication {
    public static void main(String[] args) {
        SpringApplication.run(SwitchboardApplication.class, args);
    }

    /** Every module takes time from this bean, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The app's scheduled jobs get a scheduler of their own (each run on a virtual thread). Without it Spring
     * would run them on the only ScheduledExecutorService in the context, the embedded sandbox's single
     * thread, where one slow job (a campaign pass) delays every other and the sandbox's own deliveries.
     */
    @Bean
    TaskScheduler taskScheduler() {
        var scheduler = new SimpleAsyncTaskScheduler();
        scheduler.setVirtualThreads(true);
        scheduler.setThreadNamePrefix("app-scheduler-");
        return scheduler;
    }

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, Secret> secretConverter() {
        return Secret::new;
    }
}
