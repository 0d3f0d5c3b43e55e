/**
 * HTTP: the Graph API emulator under {@code /sandbox/graph/{version}}, media downloads, the control API
 * under {@code /sandbox/control} and the phone page under {@code /sandbox/phone}. Functional routes, not
 * annotated controllers, so a host app's component scan of {@code io.switchboard} does not pick them up.
 */
@NullMarked
package io.switchboard.sandbox.web;

import org.jspecify.annotations.NullMarked;
