@NullMarked
package io.switchboard.inbox.web;

import org.jspecify.annotations.NullMarked;
