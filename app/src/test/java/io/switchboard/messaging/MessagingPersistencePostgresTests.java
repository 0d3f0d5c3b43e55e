package io.switchboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.PostgresAppTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link MessagingPersistenceTests} on PostgreSQL. */
@PostgresAppTest
class MessagingPersistencePostgresTests extends MessagingPersistenceTests {
    @Autowired
    DataSource dataSource;

    /** The inbox search counts on it; it comes from db/vendor/postgresql, a location only this engine reads. */
    @Test
    void messageTextHasItsFullTextIndex() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery(
                        "select indexdef from pg_indexes where indexname = 'messaging_message_text_ix'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains("USING gin").contains("to_tsvector('simple'::regconfig, content)");
        }
    }
}
