package io.switchboard.messaging.internal;

import io.switchboard.workspace.WorkspaceId;
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
 */
public interface MessageTextSearch {
    /** Contact ids, the most recently matching first; every word of {@code text} must occur. */
    List<UUID> contacts(WorkspaceId workspace, String text, int limit);

    /** PostgreSQL: {@code messaging_message_text_ix} (db/vendor/postgresql/messaging/V4). */
    record Postgres(JdbcClient jdbc) implements MessageTextSearch {
        static final String CONTACTS = """
                select contact_id from messaging_message
                 where workspace_id = :workspace
                   and to_tsvector('simple', content) @@ plainto_tsquery('simple', :text)
                 group by contact_id
                 order by max(occurred_at) desc
                 limit :limit""";

        @Override
        public List<UUID> contacts(WorkspaceId workspace, String text, int limit) {
            return jdbc.sql(CONTACTS)
                    .param("workspace", workspace.value())
                    .param("text", text)
                    .param("limit", limit)
                    .query(UUID.class)
                    .list();
        }
    }

    /** H2: each word as a case-insensitive LIKE over the stored content. */
    record Portable(JdbcClient jdbc) implements MessageTextSearch {
        static final String CONTACTS = """
                select contact_id from messaging_message
                 where workspace_id = :workspace and lower(content) like :pattern
                 group by contact_id
                 order by max(occurred_at) desc
                 limit :limit""";

        @Override
        public List<UUID> contacts(WorkspaceId workspace, String text, int limit) {
            var words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
            var pattern = new StringBuilder("%");
            for (var word : words) {
                pattern.append(word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                        .append('%');
            }
            return jdbc.sql(CONTACTS)
                    .param("workspace", workspace.value())
                    .param("pattern", pattern.toString())
                    .param("limit", limit)
                    .query(UUID.class)
                    .list();
        }
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
