package io.switchboard.messaging.internal;

import static io.switchboard.messaging.internal.Db.ts;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code messaging_channel_lease}: the one node that sends for a channel, so that its token bucket and pair
 * limits are counted in one place. A holder renews it on every round; another node takes it once expired.
 */
@Repository
class LeaseStore {
    static final String CREATE = """
            insert into messaging_channel_lease (channel_id, workspace_id, owner, expires_at)
            values (:channel, :workspace, :owner, :expires)
            on conflict do nothing""";
    // One statement decides: PostgreSQL re-checks the condition on the locked row, so of two nodes racing
    // for an expired lease exactly one updates it.
    static final String TAKE = """
            update messaging_channel_lease set owner = :owner, expires_at = :expires
             where workspace_id = :workspace and channel_id = :channel and (owner = :owner or expires_at < :now)""";
    static final String RELEASE = """
            update messaging_channel_lease set expires_at = :now
             where workspace_id = :workspace and channel_id = :channel and owner = :owner""";
    static final String PAUSE = """
            update messaging_channel_lease set paused_until = :until
             where workspace_id = :workspace and channel_id = :channel""";
    static final String PAUSED_UNTIL = """
            select paused_until from messaging_channel_lease where workspace_id = :workspace and channel_id = :channel""";
    static final String OWNER = """
            select owner from messaging_channel_lease
             where workspace_id = :workspace and channel_id = :channel and expires_at >= :now""";

    private final JdbcClient jdbc;

    LeaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes or renews the lease; @return whether {@code owner} holds it until {@code expires} */
    boolean acquire(WorkspaceId workspace, ChannelId channel, String owner, Instant now, Instant expires) {
        var created = spec(CREATE, workspace, channel)
                        .param("owner", owner)
                        .param("expires", ts(expires))
                        .update()
                == 1;
        return created
                || spec(TAKE, workspace, channel)
                                .param("owner", owner)
                                .param("expires", ts(expires))
                                .param("now", ts(now))
                                .update()
                        == 1;
    }

    void release(WorkspaceId workspace, ChannelId channel, String owner, Instant now) {
        spec(RELEASE, workspace, channel)
                .param("owner", owner)
                .param("now", ts(now))
                .update();
    }

    void pause(WorkspaceId workspace, ChannelId channel, Instant until) {
        spec(PAUSE, workspace, channel).param("until", ts(until)).update();
    }

    Optional<Instant> pausedUntil(WorkspaceId workspace, ChannelId channel) {
        // A lease without a pause has a null here, which a row mapper cannot return as an Optional.
        return spec(PAUSED_UNTIL, workspace, channel)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(OffsetDateTime::toInstant);
    }

    Optional<String> owner(WorkspaceId workspace, ChannelId channel, Instant now) {
        return spec(OWNER, workspace, channel)
                .param("now", ts(now))
                .query(String.class)
                .optional();
    }

    private JdbcClient.StatementSpec spec(String sql, WorkspaceId workspace, ChannelId channel) {
        return jdbc.sql(sql).param("workspace", workspace.value()).param("channel", channel.value());
    }
}
