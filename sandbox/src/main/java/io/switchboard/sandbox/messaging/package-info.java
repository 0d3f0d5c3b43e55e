/**
 * The rules of the emulated Cloud API: send validation, service window, templates, rate and messaging
 * limits, status progression with pricing, customer actions and number registration. Throws {@link
 * io.switchboard.sandbox.messaging.GraphException} with Meta's codes; knows nothing of HTTP routing.
 */
@NullMarked
package io.switchboard.sandbox.messaging;

import org.jspecify.annotations.NullMarked;
