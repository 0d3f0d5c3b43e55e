package io.switchboard.channels.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The webhook and media workers' pacing
 * ({@code SWITCHBOARD_WHATSAPP_WORKER_BATCH_SIZE}, {@code …_WORKER_POLL_INTERVAL}, {@code …_WORKER_LEASE},
 * {@code …_WORKER_CONCURRENCY}: webhook loops per node, 0 = 4 on PostgreSQL and 1 on H2). The Graph URL,
 * version and timeouts under the same prefix belong to the Cloud API client's
 * {@code whatsapp.client.GraphApiSettings}: one owner per key.
 */
@Validated
@ConfigurationProperties("switchboard.whatsapp")
public record WhatsAppSettings(
        @DefaultValue("50") int workerBatchSize,
        @DefaultValue("2s") Duration workerPollInterval,
        @DefaultValue("5m") Duration workerLease,
        @DefaultValue("0") int workerConcurrency) {}
