@NullMarked
package io.switchboard.workspace.internal;

import org.jspecify.annotations.NullMarked;
