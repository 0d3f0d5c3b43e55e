package io.switchboard.messaging.internal;

import io.switchboard.workspace.WorkspaceId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Which contacts wrote or were sent a message containing some words: full-text search with a GIN index on
 * PostgreSQL, a LIKE scan on H2 (the embedded single-node database, where data sets are small).
 *
 * <p>Both read the matching messages newest first, in batches, until {@code limit} contacts are found: a common
 * word stops after a few hundred messages on {@code messaging_message_recent_ix} (messaging V6) instead of
 * reading every match to group them, and on PostgreSQL a rare word still starts from the GIN index (the planner
 * chooses by the word's statistics). The always-true bound on {@code occurred_at} is what lets the walk use that
 * index on PostgreSQL, where it is partial on that bound so that no other statement's cached plan picks it.
 */
public interface MessageTextSearch {
    /** Contact ids, the most recently matching first; every word of {@code text} must occur. */
    List<UUID> contacts(WorkspaceId workspace, String text, int limit);

    /** PostgreSQL: {@code messaging_message_text_ix} (db/vendor/postgresql/messaging/V4). */
    record Postgres(JdbcClient jdbc) implements MessageTextSearch {
        static final String NEWEST = """
                select contact_id, occurred_at, id from messaging_message
                 where workspace_id = :workspace and occurred_at > timestamp with time zone '1900-01-01 00:00:00+00'
                   and to_tsvector('simple', content) @@ plainto_tsquery('simple', :text)
                 order by occurred_at desc, id desc
                 limit :batch""";
        static final String OLDER = """
                select contact_id, occurred_at, id from messaging_message
                 where workspace_id = :workspace and occurred_at > timestamp with time zone '1900-01-01 00:00:00+00'
                   and to_tsvector('simple', content) @@ plainto_tsquery('simple', :text)
                   and (occurred_at < :at or (occurred_at = :at and id < :id))
                 order by occurred_at desc, id desc
                 limit :batch""";

        /** Runs in the caller's transaction (the custom-plan setting below lasts until its end). */
        @Override
        public List<UUID> contacts(WorkspaceId workspace, String text, int limit) {
            // Walking newest first (a common word) or starting from the full-text index (a rare one) depends on
            // the word, which a generic plan cannot know: the driver's prepared statement got one after a few
            // runs, and it read every match of a common word (0.3 s for 100,000 matches in bench/inbox.sh).
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            return newestFirst(jdbc, NEWEST, OLDER, workspace, "text", text, limit);
        }
    }

    /** H2: each word as a case-insensitive LIKE over the stored content. */
    record Portable(JdbcClient jdbc) implements MessageTextSearch {
        static final String NEWEST = """
                select contact_id, occurred_at, id from messaging_message
                 where workspace_id = :workspace and occurred_at > timestamp with time zone '1900-01-01 00:00:00+00'
                   and lower(content) like :pattern
                 order by occurred_at desc, id desc
                 limit :batch""";
        static final String OLDER = """
                select contact_id, occurred_at, id from messaging_message
                 where workspace_id = :workspace and occurred_at > timestamp with time zone '1900-01-01 00:00:00+00'
                   and lower(content) like :pattern
                   and (occurred_at < :at or (occurred_at = :at and id < :id))
                 order by occurred_at desc, id desc
                 limit :batch""";

        @Override
        public List<UUID> contacts(WorkspaceId workspace, String text, int limit) {
            var words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
            var pattern = new StringBuilder("%");
            for (var word : words) {
                pattern.append(word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                        .append('%');
            }
            return newestFirst(jdbc, NEWEST, OLDER, workspace, "pattern", pattern.toString(), limit);
        }
    }

    /** A matching message: whose it is, and its place in the newest-first order. */
    record Match(UUID contact, OffsetDateTime at, UUID id) {}

    /**
     * The distinct contacts of the matching messages in the order of their latest match (what a group by
     * contact ordered by the latest match gives), reading batches of matches newest first until {@code limit}
     * contacts are found or the matches run out. The first batch is twice {@code limit} and each next one twice
     * the last, as many matches may be one contact's.
     */
    private static List<UUID> newestFirst(
            JdbcClient jdbc, String newest, String older, WorkspaceId workspace, String name, String value, int limit) {
        var found = new LinkedHashSet<UUID>();
        // Twice the contacts wanted: matches come several to a contact, and one statement then usually does.
        var batch = 2 * limit;
        Match last = null;
        while (found.size() < limit) {
            var statement = jdbc.sql(last == null ? newest : older)
                    .param("workspace", workspace.value())
                    .param(name, value)
                    .param("batch", batch);
            if (last != null) {
                statement = statement.param("at", last.at()).param("id", last.id());
            }
            var matches = statement
                    .query((rs, n) -> new Match(
                            rs.getObject("contact_id", UUID.class),
                            rs.getObject("occurred_at", OffsetDateTime.class),
                            rs.getObject("id", UUID.class)))
                    .list();
            for (var match : matches) {
                found.add(match.contact());
                if (found.size() == limit) {
                    break;
                }
            }
            if (matches.size() < batch) {
                break;
            }
            last = matches.getLast();
            batch *= 2;
        }
        return new ArrayList<>(found);
    }

    /** Chooses the implementation from the database the app runs on. */
    @Configuration(proxyBeanMethods = false)
    class Selection {
        @Bean
        MessageTextSearch messageTextSearch(DataSource dataSource, JdbcClient jdbc) {
            String product;
            try {
                product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
            } catch (Exception e) {
                product = "";
            }
            return "PostgreSQL".equalsIgnoreCase(product) ? new Postgres(jdbc) : new Portable(jdbc);
        }
    }
}
