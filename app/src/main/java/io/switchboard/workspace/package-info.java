/**
 * Tenants and the people in them: workspaces, users and their per-workspace roles, teams, invitations,
 * API keys, login and the security configuration of every path. Knows nothing of contacts or messages.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.switchboard.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
