@NullMarked
package io.switchboard.contacts.internal;

import org.jspecify.annotations.NullMarked;
