@NullMarked
package io.switchboard.templates.internal;

import org.jspecify.annotations.NullMarked;
