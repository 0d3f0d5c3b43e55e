@NullMarked
package io.switchboard.channels.web;

import org.jspecify.annotations.NullMarked;
