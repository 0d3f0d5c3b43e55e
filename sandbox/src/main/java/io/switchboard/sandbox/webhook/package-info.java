/**
 * Webhooks back to each number's callback: Meta's envelope, the {@code X-Hub-Signature-256} signature,
 * batching, retries with backoff, the verification handshake and the loopback-only callback guard.
 */
@NullMarked
package io.switchboard.sandbox.webhook;

import org.jspecify.annotations.NullMarked;
