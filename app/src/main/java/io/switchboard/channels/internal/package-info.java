@NullMarked
package io.switchboard.channels.internal;

import org.jspecify.annotations.NullMarked;
