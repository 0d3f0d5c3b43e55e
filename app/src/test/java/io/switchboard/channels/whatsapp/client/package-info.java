@NullMarked
package io.switchboard.channels.whatsapp.client;

import org.jspecify.annotations.NullMarked;
