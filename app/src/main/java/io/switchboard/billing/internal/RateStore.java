package io.switchboard.billing.internal;

import io.switchboard.billing.NewRate;
import io.switchboard.billing.PricingCategory;
import io.switchboard.billing.PricingModel;
import io.switchboard.billing.Rate;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code billing_rate}: the installation's default lines ({@link Db#GLOBAL}) and each workspace's overrides.
 * A workspace reads both; it writes only its own.
 */
@Repository
public class RateStore {
    static final String LIST = """
            select id, workspace_id, country, category, pricing_model, price, currency, effective_from
             from billing_rate
             where workspace_id in (:workspace, :global)
             order by country, category, effective_from desc, workspace_id""";
    // A workspace's own line wins over the default whenever it has one in force; otherwise the default.
    static final String IN_FORCE = """
            select id, workspace_id, country, category, pricing_model, price, currency, effective_from
             from billing_rate
             where workspace_id in (:workspace, :global) and country = :country and category = :category
               and effective_from <= :day
             order by case when workspace_id = :global then 1 else 0 end, effective_from desc
             limit 1""";
    static final String UPDATE = """
            update billing_rate set pricing_model = :model, price = :price, currency = :currency, updated_at = :at
             where workspace_id = :workspace and country = :country and category = :category
               and effective_from = :from""";
    static final String INSERT = """
            insert into billing_rate (id, workspace_id, country, category, pricing_model, price, currency,
                   effective_from, updated_at)
            values (:id, :workspace, :country, :category, :model, :price, :currency, :from, :at)""";
    static final String FIND = """
            select id, workspace_id, country, category, pricing_model, price, currency, effective_from
             from billing_rate where workspace_id in (:workspace, :global) and id = :id""";
    static final String ID_OF = """
            select id from billing_rate
             where workspace_id = :workspace and country = :country and category = :category
               and effective_from = :from""";
    static final String DELETE = "delete from billing_rate where workspace_id = :workspace and id = :id";

    private final JdbcClient jdbc;

    RateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rate> list(WorkspaceId workspace) {
        return jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .param("global", Db.GLOBAL)
                .query(RateStore::row)
                .list();
    }

    public Optional<Rate> inForce(WorkspaceId workspace, String country, PricingCategory category, LocalDate day) {
        return jdbc.sql(IN_FORCE)
                .param("workspace", workspace.value())
                .param("global", Db.GLOBAL)
                .param("country", country)
                .param("category", category.name())
                .param("day", day)
                .query(RateStore::row)
                .optional();
    }

    public Optional<Rate> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql(FIND)
                .param("workspace", workspace.value())
                .param("global", Db.GLOBAL)
                .param("id", id)
                .query(RateStore::row)
                .optional();
    }

    /**
     * Adds the line, or replaces the one of the same scope, country, category and date.
     *
     * @param workspace the workspace, or {@code null} for the installation's defaults
     * @return the stored line's id
     */
    public UUID put(@Nullable WorkspaceId workspace, NewRate rate, Instant at) {
        var scope = workspace == null ? Db.GLOBAL : workspace.value();
        var updated = jdbc.sql(UPDATE)
                .param("workspace", scope)
                .param("country", rate.country())
                .param("category", rate.category().name())
                .param("from", rate.effectiveFrom())
                .param("model", rate.model().name())
                .param("price", rate.price())
                .param("currency", rate.currency())
                .param("at", Db.ts(at))
                .update();
        if (updated == 0) {
            jdbc.sql(INSERT)
                    .param("id", UUID.randomUUID())
                    .param("workspace", scope)
                    .param("country", rate.country())
                    .param("category", rate.category().name())
                    .param("from", rate.effectiveFrom())
                    .param("model", rate.model().name())
                    .param("price", rate.price())
                    .param("currency", rate.currency())
                    .param("at", Db.ts(at))
                    .update();
        }
        return jdbc.sql(ID_OF)
                .param("workspace", scope)
                .param("country", rate.country())
                .param("category", rate.category().name())
                .param("from", rate.effectiveFrom())
                .query(UUID.class)
                .single();
    }

    /** @return whether a line of this scope was deleted */
    public boolean delete(@Nullable WorkspaceId workspace, UUID id) {
        return jdbc.sql(DELETE)
                        .param("workspace", workspace == null ? Db.GLOBAL : workspace.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Rate row(ResultSet rs, int n) throws SQLException {
        return new Rate(
                rs.getObject("id", UUID.class),
                Db.GLOBAL.equals(rs.getObject("workspace_id", UUID.class)),
                rs.getString("country"),
                PricingCategory.valueOf(rs.getString("category")),
                PricingModel.valueOf(rs.getString("pricing_model")),
                rs.getBigDecimal("price"),
                rs.getString("currency"),
                rs.getObject("effective_from", LocalDate.class));
    }
}
