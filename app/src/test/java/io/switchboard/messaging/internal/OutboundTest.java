package io.switchboard.messaging.internal;

import io.switchboard.testsupport.PostgresAppTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The app on PostgreSQL with the SPI stubs and this node's dispatcher off, so tests drive dispatchers
 * themselves (several per node, to play several nodes). Short lease, grace and retry times; the sandbox's
 * pair limit refills every second instead of every six, and ours with it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PostgresAppTest
@Import(StubLookups.class)
@TestPropertySource(
        properties = {
            "switchboard.messaging.dispatcher-enabled=false",
            "switchboard.messaging.lease-duration=2s",
            "switchboard.messaging.in-flight-timeout=1s",
            "switchboard.messaging.reconcile-grace=3s",
            "switchboard.messaging.retry-initial-delay=200ms",
            "switchboard.messaging.pair-interval=1s",
            "switchboard.sandbox.pair-rate-limit.interval=1s"
        })
@interface OutboundTest {}
