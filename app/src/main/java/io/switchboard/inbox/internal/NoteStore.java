package io.switchboard.inbox.internal;

import static io.switchboard.inbox.internal.Db.instant;
import static io.switchboard.inbox.internal.Db.ts;
import static io.switchboard.inbox.internal.Db.uuid;

import io.switchboard.inbox.CannedReply;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.Note;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Internal notes, their mentions, and canned replies. */
@Repository
public class NoteStore {
    static final String INSERT = """
            insert into inbox_note (id, workspace_id, conversation_id, author_id, author_name, body, created_at)
            values (:id, :workspace, :conversation, :author, :authorName, :body, :now)""";
    static final String MENTION = """
            insert into inbox_mention (workspace_id, note_id, user_id, conversation_id, created_at)
            values (:workspace, :note, :user, :conversation, :now) on conflict do nothing""";
    static final String NOTES = """
            select id, author_id, author_name, body, created_at from inbox_note
             where workspace_id = :workspace and conversation_id = :conversation order by created_at, id""";
    static final String MENTIONS = """
            select user_id from inbox_mention where workspace_id = :workspace and note_id = :note order by user_id""";
    static final String UNREAD_MENTIONS = """
            select count(*) from inbox_mention where workspace_id = :workspace and user_id = :user and read_at is null""";
    static final String READ_MENTIONS = """
            update inbox_mention set read_at = :now
             where workspace_id = :workspace and user_id = :user and conversation_id = :conversation and read_at is null""";
    static final String INSERT_CANNED = """
            insert into inbox_canned_reply (id, workspace_id, shortcut, body, created_at)
            values (:id, :workspace, :shortcut, :body, :now)""";
    static final String CANNED = """
            select id, shortcut, body, created_at from inbox_canned_reply where workspace_id = :workspace
             order by shortcut""";
    static final String DELETE_CANNED = """
            delete from inbox_canned_reply where workspace_id = :workspace and id = :id""";
    static final String SHORTCUT_TAKEN = """
            select count(*) from inbox_canned_reply where workspace_id = :workspace and shortcut = :shortcut""";

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            WorkspaceId workspace,
            UUID id,
            ConversationId conversation,
            @Nullable UserId author,
            String authorName,
            String body,
            List<UserId> mentions,
            Instant now) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("workspace", workspace.value())
                .param("conversation", conversation.value())
                .param("author", author == null ? null : author.value())
                .param("authorName", authorName)
                .param("body", body)
                .param("now", ts(now))
                .update();
        for (var user : mentions) {
            jdbc.sql(MENTION)
                    .param("workspace", workspace.value())
                    .param("note", id)
                    .param("user", user.value())
                    .param("conversation", conversation.value())
                    .param("now", ts(now))
                    .update();
        }
    }

    public List<Note> notes(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql(NOTES)
                .param("workspace", workspace.value())
                .param("conversation", conversation.value())
                .query((rs, n) -> {
                    var id = Objects.requireNonNull(uuid(rs, "id"));
                    var author = uuid(rs, "author_id");
                    var mentions = jdbc
                            .sql(MENTIONS)
                            .param("workspace", workspace.value())
                            .param("note", id)
                            .query(UUID.class)
                            .list()
                            .stream()
                            .map(UserId::new)
                            .toList();
                    return new Note(
                            id,
                            conversation,
                            author == null ? null : new UserId(author),
                            rs.getString("author_name"),
                            rs.getString("body"),
                            mentions,
                            Objects.requireNonNull(instant(rs, "created_at")));
                })
                .list();
    }

    public int unreadMentions(WorkspaceId workspace, UserId user) {
        return jdbc.sql(UNREAD_MENTIONS)
                .param("workspace", workspace.value())
                .param("user", user.value())
                .query(Integer.class)
                .single();
    }

    public void readMentions(WorkspaceId workspace, UserId user, ConversationId conversation, Instant now) {
        jdbc.sql(READ_MENTIONS)
                .param("workspace", workspace.value())
                .param("user", user.value())
                .param("conversation", conversation.value())
                .param("now", ts(now))
                .update();
    }

    public void insertCanned(WorkspaceId workspace, UUID id, String shortcut, String body, Instant now) {
        jdbc.sql(INSERT_CANNED)
                .param("id", id)
                .param("workspace", workspace.value())
                .param("shortcut", shortcut)
                .param("body", body)
                .param("now", ts(now))
                .update();
    }

    public boolean shortcutTaken(WorkspaceId workspace, String shortcut) {
        return jdbc.sql(SHORTCUT_TAKEN)
                        .param("workspace", workspace.value())
                        .param("shortcut", shortcut)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<CannedReply> canned(WorkspaceId workspace) {
        return jdbc.sql(CANNED)
                .param("workspace", workspace.value())
                .query((rs, n) -> new CannedReply(
                        Objects.requireNonNull(uuid(rs, "id")),
                        rs.getString("shortcut"),
                        rs.getString("body"),
                        Objects.requireNonNull(instant(rs, "created_at"))))
                .list();
    }

    public Optional<CannedReply> cannedReply(WorkspaceId workspace, UUID id) {
        return canned(workspace).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean deleteCanned(WorkspaceId workspace, UUID id) {
        return jdbc.sql(DELETE_CANNED)
                        .param("workspace", workspace.value())
                        .param("id", id)
                        .update()
                == 1;
    }
}
