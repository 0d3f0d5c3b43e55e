@NullMarked
package io.switchboard.messaging.internal;

import org.jspecify.annotations.NullMarked;
