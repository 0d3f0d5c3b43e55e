@NullMarked
package io.switchboard.testsupport;

import org.jspecify.annotations.NullMarked;
