package io.switchboard.billing.internal;

import io.switchboard.billing.CostGrouping;
import io.switchboard.billing.CostLine;
import io.switchboard.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code billing_ledger}: one row per priced outbound message. */
@Repository
public class LedgerStore {
    /** A ledger row to write. */
    public record Entry(
            WorkspaceId workspace,
            UUID messageId,
            String providerMessageId,
            UUID channelId,
            UUID contactId,
            String country,
            String category,
            @Nullable String metaCategory,
            @Nullable String pricingModel,
            @Nullable String pricingType,
            boolean billable,
            BigDecimal amount,
            String currency,
            @Nullable UUID rateId,
            @Nullable String conversationId,
            @Nullable String source,
            @Nullable String campaignId,
            Instant sentAt,
            String month,
            Instant recordedAt) {}

    // Unique on the message: a redelivered event or a second pricing status is a no-op (invariant 2).
    static final String INSERT = """
            insert into billing_ledger (id, workspace_id, message_id, provider_message_id, channel_id, contact_id,
                   country, category, meta_category, pricing_model, pricing_type, billable, amount, currency,
                   rate_id, conversation_id, source, campaign_id, sent_at, billing_month, recorded_at)
            values (:id, :workspace, :message, :provider, :channel, :contact, :country, :category, :metaCategory,
                   :model, :type, :billable, :amount, :currency, :rate, :conversation, :source, :campaign, :sent,
                   :month, :recorded)
            on conflict do nothing""";
    static final String CONVERSATION_CHARGED = """
            select count(*) from billing_ledger
             where workspace_id = :workspace and conversation_id = :conversation and amount > 0""";
    static final String SPENT = """
            select coalesce(sum(amount), 0) from billing_ledger
             where workspace_id = :workspace and billing_month = :month and currency = :currency""";
    static final String COST_COLUMNS = """
            select billing_month, %s as grp, count(*) as messages, sum(case when amount > 0 then 1 else 0 end) as charged,
                   sum(amount) as amount, currency
              from billing_ledger
             where workspace_id = :workspace and sent_at >= :from and sent_at < :to
             group by billing_month, %s, currency
             order by billing_month, %s, currency""";
    static final String COSTS_BY_CATEGORY = COST_COLUMNS.formatted("category", "category", "category");
    static final String COSTS_BY_COUNTRY = COST_COLUMNS.formatted("country", "country", "country");
    static final String COSTS_BY_CAMPAIGN = COST_COLUMNS.formatted("campaign_id", "campaign_id", "campaign_id");

    private final JdbcClient jdbc;

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the row is new ({@code false}: the message was in the ledger already) */
    public boolean insert(Entry e) {
        return jdbc.sql(INSERT)
                        .param("id", UUID.randomUUID())
                        .param("workspace", e.workspace().value())
                        .param("message", e.messageId())
                        .param("provider", e.providerMessageId())
                        .param("channel", e.channelId())
                        .param("contact", e.contactId())
                        .param("country", e.country())
                        .param("category", e.category())
                        .param("metaCategory", e.metaCategory())
                        .param("model", e.pricingModel())
                        .param("type", e.pricingType())
                        .param("billable", e.billable())
                        .param("amount", e.amount())
                        .param("currency", e.currency())
                        .param("rate", e.rateId())
                        .param("conversation", e.conversationId())
                        .param("source", e.source())
                        .param("campaign", e.campaignId())
                        .param("sent", Db.ts(e.sentAt()))
                        .param("month", e.month())
                        .param("recorded", Db.ts(e.recordedAt()))
                        .update()
                == 1;
    }

    /** Whether a message of this CBP conversation was charged already (CBP charges the conversation once). */
    public boolean conversationCharged(WorkspaceId workspace, String conversationId) {
        return jdbc.sql(CONVERSATION_CHARGED)
                        .param("workspace", workspace.value())
                        .param("conversation", conversationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public BigDecimal spent(WorkspaceId workspace, String month, String currency) {
        return jdbc.sql(SPENT)
                .param("workspace", workspace.value())
                .param("month", month)
                .param("currency", currency)
                .query(BigDecimal.class)
                .single();
    }

    public List<CostLine> costs(WorkspaceId workspace, Instant from, Instant to, CostGrouping grouping) {
        var sql = switch (grouping) {
            case CATEGORY -> COSTS_BY_CATEGORY;
            case COUNTRY -> COSTS_BY_COUNTRY;
            case CAMPAIGN -> COSTS_BY_CAMPAIGN;
        };
        return jdbc.sql(sql)
                .param("workspace", workspace.value())
                .param("from", Db.ts(from))
                .param("to", Db.ts(to))
                .query((rs, n) -> new CostLine(
                        rs.getString("billing_month"),
                        rs.getString("grp"),
                        rs.getLong("messages"),
                        rs.getLong("charged"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency")))
                .list();
    }
}
