/** The WhatsApp Cloud API adapter of the channels module: webhook intake and processing, inbound media. */
@NullMarked
package io.switchboard.channels.whatsapp;

import org.jspecify.annotations.NullMarked;
