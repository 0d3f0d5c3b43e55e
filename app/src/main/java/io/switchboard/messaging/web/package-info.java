@NullMarked
package io.switchboard.messaging.web;

import org.jspecify.annotations.NullMarked;
