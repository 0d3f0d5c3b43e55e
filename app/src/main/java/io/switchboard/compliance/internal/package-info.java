@NullMarked
package io.switchboard.compliance.internal;

import org.jspecify.annotations.NullMarked;
