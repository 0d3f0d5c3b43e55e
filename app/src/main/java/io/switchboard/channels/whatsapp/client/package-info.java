/**
 * The outbound client for Meta's WhatsApp Cloud API (Graph API): sends every message type, marks
 * messages read, uploads, looks up, downloads and deletes media, and reads a phone number's details.
 * The same code talks to graph.facebook.com or to the embedded sandbox; the {@link
 * io.switchboard.channels.whatsapp.client.Connection} of a channel says which. Failures come back as
 * values classified by Meta's error code ({@link io.switchboard.channels.whatsapp.client.ErrorClass});
 * when to retry is the caller's decision, helped by {@link io.switchboard.channels.whatsapp.client.RetryPolicy}.
 * Stores nothing: credentials, windows and message state belong to the rest of {@code channels} and
 * to {@code messaging}.
 */
@NamedInterface("client")
@NullMarked
package io.switchboard.channels.whatsapp.client;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
