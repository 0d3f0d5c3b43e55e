package io.switchboard.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Holds a channel's send lease for a made-up node, as a second app node holding it would, so that a campaign's
 * outbox fills without being sent; {@link #release()} lets the app's dispatcher take it over (it does once the
 * lease has expired, which release makes it at once).
 */
final class LeaseHold {
    private final String jdbcUrl;
    private final UUID channel;

    LeaseHold(String jdbcUrl, String channel) {
        if (jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("limited scenarios need --jdbc-url to hold the number's lease");
        }
        this.jdbcUrl = jdbcUrl;
        this.channel = UUID.fromString(channel);
    }

    void take() throws SQLException {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                var upsert = db.prepareStatement("""
                        insert into messaging_channel_lease (channel_id, workspace_id, owner, expires_at)
                        select id, workspace_id, 'bench-hold', now() + interval '1 hour' from channels_channel where id = ?
                        on conflict (channel_id) do update set owner = 'bench-hold', expires_at = now() + interval '1 hour'""")) {
            upsert.setObject(1, channel);
            upsert.executeUpdate();
        }
    }

    void release() throws SQLException {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                var expire = db.prepareStatement(
                        "update messaging_channel_lease set expires_at = now() - interval '1 second' where channel_id = ?")) {
            expire.setObject(1, channel);
            expire.executeUpdate();
        }
    }
}
