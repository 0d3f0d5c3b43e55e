package io.switchboard.inbox.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries live events between nodes over PostgreSQL {@code LISTEN/NOTIFY} (channel {@value #CHANNEL}).
 * Every node listens on one dedicated connection and hands what it hears, its own notifications included,
 * to its receivers; so a node delivers to its browsers only what went through the database, in one order.
 * On H2 (one node by definition) it is inactive and events stay in the process.
 *
 * <p>A notification is sent in its own short transaction: callers publish after their commit, when the
 * committed transaction's connection can no longer commit anything. Payloads are a few ids (PostgreSQL caps
 * them at 8,000 bytes); events published while the listening connection is down are lost, which costs a
 * browser one refresh, not data.
 */
@Component
public class LiveNotifications implements SmartLifecycle {
    static final String CHANNEL = "switchboard_live";

    /** PostgreSQL refuses payloads of 8,000 bytes or more. */
    static final int MAX_PAYLOAD = 7_900;

    // Notifications of one transaction are delivered in the order they were sent: the array's.
    static final String SEND_ALL = "select pg_notify(?, p) from unnest(?::text[]) as p";

    private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final List<Consumer<String>> receivers = new CopyOnWriteArrayList<>();
    private final boolean postgres;
    private volatile boolean running;
    private volatile @Nullable Connection listening;
    private volatile boolean listeningNow;
    private @Nullable Thread thread;

    LiveNotifications(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.postgres = isPostgres(dataSource);
    }

    /** Whether events travel through the database (PostgreSQL) rather than staying in the process. */
    public boolean active() {
        return postgres && running;
    }

    /** Whether the listening connection is up (for tests and health). */
    public boolean listening() {
        return listeningNow;
    }

    /** Registers what to do with each payload heard, from any node. */
    public void onPayload(Consumer<String> receiver) {
        receivers.add(receiver);
    }

    /**
     * Sends {@code payload} to every node's receivers, this node's included.
     *
     * @return false when it could not be sent (too large, or the database refused); the caller delivers locally
     */
    public boolean send(String payload) {
        if (payload.length() > MAX_PAYLOAD) {
            log.warn(
                    "A live event of {} characters is too large for NOTIFY; delivered on this node only",
                    payload.length());
            return false;
        }
        try {
            ownTransaction.executeWithoutResult(s -> jdbc.sql("select pg_notify(?, ?)")
                    .param(CHANNEL)
                    .param(payload)
                    .query((rs, n) -> 1)
                    .list());
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not send a live event through PostgreSQL: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Sends {@code payloads} in this order in one statement and one short transaction (a committed webhook
     * batch touches dozens of conversations; one round trip each would cost more than the batch's own writes).
     *
     * @return the positions of the payloads that were not sent (too large, or all of them if the database
     *     refused); the caller delivers those locally
     */
    public BitSet send(List<String> payloads) {
        var unsent = new BitSet(payloads.size());
        var fitting = new ArrayList<String>(payloads.size());
        for (var i = 0; i < payloads.size(); i++) {
            if (payloads.get(i).length() > MAX_PAYLOAD) {
                log.warn(
                        "A live event of {} characters is too large for NOTIFY; delivered on this node only",
                        payloads.get(i).length());
                unsent.set(i);
            } else {
                fitting.add(payloads.get(i));
            }
        }
        if (fitting.isEmpty()) {
            return unsent;
        }
        try {
            ownTransaction.executeWithoutResult(s -> jdbc.sql(SEND_ALL)
                    .param(CHANNEL)
                    .param(fitting.toArray(String[]::new))
                    .query((rs, n) -> 1)
                    .list());
        } catch (RuntimeException e) {
            log.warn("Could not send {} live events through PostgreSQL: {}", fitting.size(), e.getMessage());
            unsent.set(0, payloads.size());
        }
        return unsent;
    }

    @Override
    public void start() {
        if (!postgres || running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("live-notifications").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        var connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing unblocks the listener; nothing else to do
            }
        }
        var t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        var backoff = 500L;
        while (running) {
            try (var connection = open()) {
                listening = connection;
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var pg = connection.unwrap(PGConnection.class);
                listeningNow = true;
                backoff = 500L;
                while (running) {
                    var notifications = pg.getNotifications(1_000);
                    if (notifications != null) {
                        for (var n : notifications) {
                            dispatch(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                listeningNow = false;
                if (running) {
                    log.warn(
                            "The live-event listener lost PostgreSQL ({}); retrying in {} ms", e.getMessage(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000L);
                }
            } finally {
                listeningNow = false;
                listening = null;
            }
        }
    }

    private void dispatch(String payload) {
        for (var receiver : receivers) {
            try {
                receiver.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A live-event receiver failed", e);
            }
        }
    }

    /** A connection of its own, outside the pool: it is held for the node's lifetime. */
    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            var hikari = dataSource.unwrap(HikariDataSource.class);
            var connection =
                    DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
            connection.setAutoCommit(true);
            return connection;
        }
        return dataSource.getConnection();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (Exception e) {
            return false;
        }
    }
}
