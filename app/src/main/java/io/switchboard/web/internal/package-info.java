@NullMarked
package io.switchboard.web.internal;

import org.jspecify.annotations.NullMarked;
