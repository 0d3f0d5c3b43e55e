@NullMarked
package io.switchboard;

import org.jspecify.annotations.NullMarked;
