@NullMarked
package io.switchboard.channels.whatsapp.web;

import org.jspecify.annotations.NullMarked;
