package io.switchboard.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationUpdated;
import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live events between nodes over PostgreSQL LISTEN/NOTIFY. The "other node" is a second
 * {@link LiveNotifications} on its own connection to the same database, as another JVM would have.
 */
@PostgresAppTest
class LiveNotificationsTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    LiveEvents live;

    @Autowired
    LiveNotifications thisNode;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher publisher;

    LiveNotifications otherNode;

    @AfterEach
    void stopOtherNode() {
        if (otherNode != null) {
            otherNode.stop();
        }
    }

    @Test
    void anEventPublishedHereReachesAnotherNodeAndOneFromThereReachesOurBrowsers() throws Exception {
        assertThat(thisNode.active()).as("PostgreSQL carries live events").isTrue();
        otherNode = new LiveNotifications(dataSource, jdbc, transactions);
        List<String> heardThere = new CopyOnWriteArrayList<>();
        otherNode.onPayload(heardThere::add);
        otherNode.start();
        await().atMost(Duration.ofSeconds(10)).until(otherNode::listening);

        var tenant = new Tenants(workspaces, users, keys).create("Live nodes");
        var session = new FormSession(port);
        session.signIn(tenant.ownerEmail(), tenant.ownerPassword());
        List<String> browserLines = new CopyOnWriteArrayList<>();
        var reader =
                Thread.ofVirtual().start(() -> session.stream("/inbox/events").forEach(browserLines::add));
        await().atMost(Duration.ofSeconds(10)).until(() -> browserLines.contains("event:ready"));

        // Published on this node: heard by the other node's listener, and by our own browser through the database.
        var conversation = UUID.randomUUID();
        live.publish(tenant.workspaceId(), "conversation", "{\"id\":\"%s\"}".formatted(conversation), null);
        await().atMost(Duration.ofSeconds(2))
                .until(() -> heardThere.stream().anyMatch(p -> p.contains(conversation.toString())));
        await().atMost(Duration.ofSeconds(2))
                .until(() -> browserLines.contains("data:{\"id\":\"%s\"}".formatted(conversation)));

        // Published by the other node (as its browsers' agent would): our browser sees it within a second.
        var elsewhere = UUID.randomUUID();
        var payload =
                "{\"workspace\":\"%s\",\"name\":\"conversation\",\"data\":\"{\\\"id\\\":\\\"%s\\\"}\",\"to\":null}"
                        .formatted(tenant.workspaceId(), elsewhere);
        assertThat(otherNode.send(payload)).isTrue();
        await().atMost(Duration.ofSeconds(2))
                .until(() -> browserLines.contains("data:{\"id\":\"%s\"}".formatted(elsewhere)));

        // Another workspace's event never reaches this workspace's browser; a foreign payload is ignored.
        var other = new Tenants(workspaces, users, keys).create("Other live workspace");
        var secret = UUID.randomUUID();
        live.publish(other.workspaceId(), "conversation", "{\"id\":\"%s\"}".formatted(secret), null);
        assertThat(otherNode.send("not json")).isTrue();
        var marker = UUID.randomUUID();
        live.publish(tenant.workspaceId(), "conversation", "{\"id\":\"%s\"}".formatted(marker), null);
        await().atMost(Duration.ofSeconds(2))
                .until(() -> browserLines.contains("data:{\"id\":\"%s\"}".formatted(marker)));
        assertThat(browserLines).noneMatch(l -> l.contains(secret.toString()));
        assertThat(otherNode.send("x".repeat(LiveNotifications.MAX_PAYLOAD + 1)))
                .isFalse();
        reader.interrupt();
    }

    @Test
    void theEventsOfATransactionGoOutTogetherAfterItsCommitInOrderAndNotAtAllOnRollback() throws Exception {
        otherNode = new LiveNotifications(dataSource, jdbc, transactions);
        List<String> heard = new CopyOnWriteArrayList<>();
        otherNode.onPayload(heard::add);
        otherNode.start();
        await().atMost(Duration.ofSeconds(10)).until(otherNode::listening);
        var workspace =
                new Tenants(workspaces, users, keys).create("Live batches").workspaceId();
        var tx = new TransactionTemplate(transactions);

        var ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var beforeCommit = tx.execute(s -> {
            for (var id : ids) {
                publisher.publishEvent(
                        new ConversationUpdated(workspace, new ConversationId(id), ConversationUpdated.Change.MESSAGE));
            }
            // The same hint twice in one transaction goes out once.
            publisher.publishEvent(new ConversationUpdated(
                    workspace, new ConversationId(ids.getFirst()), ConversationUpdated.Change.MESSAGE));
            sleep(300);
            return List.copyOf(heard);
        });
        assertThat(beforeCommit).noneMatch(p -> ids.stream().anyMatch(id -> p.contains(id.toString())));
        await().atMost(Duration.ofSeconds(2))
                .until(() ->
                        heard.stream().anyMatch(p -> p.contains(ids.getLast().toString())));
        var order = heard.stream()
                .flatMap(p -> ids.stream().filter(id -> p.contains(id.toString())))
                .toList();
        assertThat(order).containsExactlyElementsOf(ids);

        var rolledBack = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            publisher.publishEvent(new ConversationUpdated(
                    workspace, new ConversationId(rolledBack), ConversationUpdated.Change.MESSAGE));
            s.setRollbackOnly();
        });
        var marker = UUID.randomUUID();
        tx.executeWithoutResult(s -> publisher.publishEvent(
                new ConversationUpdated(workspace, new ConversationId(marker), ConversationUpdated.Change.MESSAGE)));
        await().atMost(Duration.ofSeconds(2)).until(() -> heard.stream().anyMatch(p -> p.contains(marker.toString())));
        assertThat(heard).noneMatch(p -> p.contains(rolledBack.toString()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
