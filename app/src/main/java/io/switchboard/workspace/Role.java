package io.switchboard.workspace;

/** A user's role in one workspace. Owners and admins manage settings; agents work conversations. */
public enum Role {
    OWNER,
    ADMIN,
    AGENT;

    /** Whether this role may manage users, teams, API keys and channels. */
    public boolean canManage() {
        return this != AGENT;
    }
}
