package io.switchboard.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Holds a channel's send lease for a made-up node, as a second app node holding it would, so that a campaign's
 * outbox fills without being sent; {@link #release()} lets the app's dispatcher take it over (it does once the
 * lease has expired, which release makes it at once). Like a node, it takes the lease only once the app's has
 * expired (the bench runs the app with a 5 s lease).
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

    void take() throws SQLException, InterruptedException {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                var insert = db.prepareStatement("""
                        insert into messaging_channel_lease (channel_id, workspace_id, owner, expires_at)
                        select id, workspace_id, 'bench-hold', now() + interval '1 hour' from channels_channel where id = ?
                        on conflict do nothing""");
                var take = db.prepareStatement("""
                        update messaging_channel_lease set owner = 'bench-hold', expires_at = now() + interval '1 hour'
                         where channel_id = ? and (owner = 'bench-hold' or expires_at < now())""")) {
            insert.setObject(1, channel);
            take.setObject(1, channel);
            while (insert.executeUpdate() == 0 && take.executeUpdate() == 0) {
                Thread.sleep(200);
            }
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
