package io.switchboard.channels.whatsapp.internal;

import static io.switchboard.channels.internal.Sql.ts;

import io.switchboard.channels.ChannelId;
import io.switchboard.channels.StoredMedia;
import io.switchboard.channels.internal.Sql;
import io.switchboard.workspace.WorkspaceId;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Media download jobs and results ({@code channels_media}); the claim is installation-wide like the webhook queue. */
@Repository
public class MediaStore {
    /** A claimed download. */
    record Job(
            UUID id,
            WorkspaceId workspaceId,
            ChannelId channelId,
            String mediaId,
            @Nullable String expectedSha256,
            int attempts) {}

    static final String ENQUEUE = """
            insert into channels_media (id, workspace_id, channel_id, media_id, status, mime_type, expected_sha256,
                   attempts, next_attempt_at, created_at)
            values (:id, :workspace, :channel, :media, 'PENDING', :mime, :sha, 0, :at, :at)
            on conflict do nothing""";
    static final String DUE = """
            select id from channels_media
             where status in ('PENDING', 'FAILED', 'PROCESSING') and next_attempt_at <= :now and attempts < :max
             order by next_attempt_at limit :limit
               for update skip locked""";
    static final String LEASE = """
            update channels_media set status = 'PROCESSING', attempts = attempts + 1, next_attempt_at = :until
             where id = :id""";
    static final String LOAD = """
            select id, workspace_id, channel_id, media_id, expected_sha256, attempts from channels_media
             where id = :id""";
    static final String STORED = """
            update channels_media set status = 'STORED', mime_type = :mime, sha256 = :sha, file_size = :size,
                   path = :path, stored_at = :at, last_error = null
             where workspace_id = :workspace and id = :id""";
    static final String FAILED = """
            update channels_media set status = 'FAILED', next_attempt_at = :retry, last_error = :error
             where workspace_id = :workspace and id = :id""";
    static final String FIND = """
            select media_id, status, mime_type, file_size, sha256, path from channels_media
             where workspace_id = :workspace and channel_id = :channel and media_id = :media""";

    static final String FIND_MANY = """
            select media_id, status, mime_type, file_size, sha256, path from channels_media
             where workspace_id = :workspace and channel_id = :channel and media_id in (:media)""";
    // A file we uploaded ourselves is already here: it is recorded as stored, never downloaded.
    static final String UPLOADED = """
            insert into channels_media (id, workspace_id, channel_id, media_id, status, mime_type, sha256, file_size,
                   path, attempts, next_attempt_at, created_at, stored_at)
            values (:id, :workspace, :channel, :media, 'STORED', :mime, :sha, :size, :path, 0, :at, :at, :at)
            on conflict do nothing""";

    private final JdbcClient jdbc;
    private final MediaWake wake;

    MediaStore(JdbcClient jdbc, MediaWake wake) {
        this.jdbc = jdbc;
        this.wake = wake;
    }

    /** Records a file to download (once per media id) and wakes the media worker after commit. */
    public void enqueue(
            WorkspaceId workspace,
            ChannelId channel,
            String mediaId,
            @Nullable String mime,
            @Nullable String sha,
            Instant at) {
        jdbc.sql(ENQUEUE)
                .param("id", UUID.randomUUID())
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("media", mediaId)
                .param("mime", mime)
                .param("sha", sha)
                .param("at", ts(at))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake.wake();
                }
            });
        }
    }

    List<UUID> claim(int limit, int maxAttempts, Instant now, Instant until) {
        var ids = jdbc.sql(DUE)
                .param("now", ts(now))
                .param("max", maxAttempts)
                .param("limit", limit)
                .query(UUID.class)
                .list();
        ids.forEach(
                id -> jdbc.sql(LEASE).param("id", id).param("until", ts(until)).update());
        return ids;
    }

    Optional<Job> load(UUID id) {
        return jdbc.sql(LOAD)
                .param("id", id)
                .query((rs, n) -> new Job(
                        Sql.uuid(rs, "id"),
                        new WorkspaceId(Sql.uuid(rs, "workspace_id")),
                        new ChannelId(Sql.uuid(rs, "channel_id")),
                        rs.getString("media_id"),
                        rs.getString("expected_sha256"),
                        rs.getInt("attempts")))
                .optional();
    }

    void stored(Job job, @Nullable String mime, String sha, long size, Path path, Instant at) {
        jdbc.sql(STORED)
                .param("workspace", job.workspaceId().value())
                .param("id", job.id())
                .param("mime", mime)
                .param("sha", sha)
                .param("size", size)
                .param("path", path.toString())
                .param("at", ts(at))
                .update();
    }

    void failed(Job job, Instant retry, String error) {
        jdbc.sql(FAILED)
                .param("workspace", job.workspaceId().value())
                .param("id", job.id())
                .param("retry", ts(retry))
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .update();
    }

    public Optional<StoredMedia> find(WorkspaceId workspace, ChannelId channel, String mediaId) {
        return jdbc.sql(FIND)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("media", mediaId)
                .query((rs, n) -> media(rs))
                .optional();
    }

    /** The files among {@code mediaIds} on that channel (unknown ids are absent from the answer). */
    public List<StoredMedia> findAll(WorkspaceId workspace, ChannelId channel, Collection<String> mediaIds) {
        if (mediaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(FIND_MANY)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("media", mediaIds)
                .query((rs, n) -> media(rs))
                .list();
    }

    /** Records a file we uploaded to the channel as stored at {@code path}; a second call for the id is a no-op. */
    public void uploaded(
            WorkspaceId workspace,
            ChannelId channel,
            String mediaId,
            String mime,
            String sha,
            long size,
            Path path,
            Instant at) {
        jdbc.sql(UPLOADED)
                .param("id", UUID.randomUUID())
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("media", mediaId)
                .param("mime", mime)
                .param("sha", sha)
                .param("size", size)
                .param("path", path.toString())
                .param("at", ts(at))
                .update();
    }

    private static StoredMedia media(ResultSet rs) throws SQLException {
        var status = rs.getString("status");
        var path = rs.getString("path");
        var size = rs.getObject("file_size", Long.class);
        return new StoredMedia(
                rs.getString("media_id"),
                "STORED".equals(status) || "FAILED".equals(status) ? status : "PENDING",
                rs.getString("mime_type"),
                size,
                rs.getString("sha256"),
                path == null ? null : Path.of(path));
    }
}
