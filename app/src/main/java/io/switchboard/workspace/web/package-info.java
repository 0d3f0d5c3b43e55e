@NullMarked
package io.switchboard.workspace.web;

import org.jspecify.annotations.NullMarked;
