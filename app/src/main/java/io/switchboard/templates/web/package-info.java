@NullMarked
package io.switchboard.templates.web;

import org.jspecify.annotations.NullMarked;
