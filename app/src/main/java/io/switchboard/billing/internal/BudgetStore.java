package io.switchboard.billing.internal;

import io.switchboard.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code billing_budget}: at most one monthly cap per workspace. */
@Repository
public class BudgetStore {
    /** A workspace's cap. */
    public record Cap(BigDecimal amount, String currency) {}

    static final String FIND = "select amount, currency from billing_budget where workspace_id = :workspace";
    static final String UPDATE = """
            update billing_budget set amount = :amount, currency = :currency, updated_at = :at
             where workspace_id = :workspace""";
    static final String INSERT = """
            insert into billing_budget (workspace_id, amount, currency, updated_at)
            values (:workspace, :amount, :currency, :at)""";
    static final String DELETE = "delete from billing_budget where workspace_id = :workspace";

    private final JdbcClient jdbc;

    BudgetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Cap> find(WorkspaceId workspace) {
        return jdbc.sql(FIND)
                .param("workspace", workspace.value())
                .query((rs, n) -> new Cap(rs.getBigDecimal("amount"), rs.getString("currency")))
                .optional();
    }

    public void put(WorkspaceId workspace, Cap cap, Instant at) {
        var updated = jdbc.sql(UPDATE)
                .param("workspace", workspace.value())
                .param("amount", cap.amount())
                .param("currency", cap.currency())
                .param("at", Db.ts(at))
                .update();
        if (updated == 0) {
            jdbc.sql(INSERT)
                    .param("workspace", workspace.value())
                    .param("amount", cap.amount())
                    .param("currency", cap.currency())
                    .param("at", Db.ts(at))
                    .update();
        }
    }

    public void delete(WorkspaceId workspace) {
        jdbc.sql(DELETE).param("workspace", workspace.value()).update();
    }
}
