@NullMarked
package io.switchboard.inbox.internal;

import org.jspecify.annotations.NullMarked;
