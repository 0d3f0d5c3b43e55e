@NullMarked
package io.switchboard.channels.whatsapp.internal;

import org.jspecify.annotations.NullMarked;
