/**
 * The UI shell: layout, navigation, the home page, error pages and the API-wide problem handling.
 * Modules own their pages; nothing depends on this module.
 */
@ApplicationModule(allowedDependencies = {"workspace"})
@NullMarked
package io.switchboard.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
