package io.switchboard.workspace;

import io.switchboard.workspace.internal.ApiKeySecrets;
import io.switchboard.workspace.internal.ApiKeyStore;
import io.switchboard.workspace.internal.Credentials;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspace API keys: the secret is shown once at creation and stored as a hash; keys are named,
 * revocable and remember when they were last used.
 */
@Service
public class ApiKeyManagement {
    private final ApiKeyStore keys;
    private final ApiKeySecrets secrets;
    private final Clock clock;

    ApiKeyManagement(ApiKeyStore keys, ApiKeySecrets secrets, Clock clock) {
        this.keys = keys;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ApiKey> keys(WorkspaceId workspace) {
        return keys.list(workspace);
    }

    /** @throws WorkspaceException NOT_FOUND if the key is not in this workspace */
    @Transactional(readOnly = true)
    public ApiKey key(WorkspaceId workspace, ApiKeyId id) {
        return keys.find(workspace, id).orElseThrow(() -> WorkspaceException.notFound("api-key"));
    }

    /** Creates a key with a fresh random secret, returned only here. */
    @Transactional
    public CreatedApiKey create(WorkspaceId workspace, String name, @Nullable UserId by) {
        return secrets.create(workspace, Credentials.name(name, "API key", 100), null, by);
    }

    /** Revokes the key at once: the next request made with it is refused. */
    @Transactional
    public ApiKey revoke(WorkspaceId workspace, ApiKeyId id) {
        var key = key(workspace, id);
        if (key.active()) {
            keys.revoke(workspace, id, clock.instant());
        }
        return key(workspace, id);
    }
}
