package io.switchboard.templates.internal;

import io.switchboard.channels.ChannelId;
import io.switchboard.templates.Template;
import io.switchboard.templates.TemplateDefinition;
import io.switchboard.templates.TemplateId;
import io.switchboard.templates.TemplateQuality;
import io.switchboard.templates.TemplateStatus;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Templates rows; every statement filters on the workspace. Status and category writes are in {@link TemplateUpdates}. */
@Repository
public class TemplateStore {
    static final String COLUMNS = """
            select id, workspace_id, channel_id, definition, status, rejection_reason, quality, provider_id,
                   created_at, updated_at
              from templates_template""";
    static final String LIST = COLUMNS + " where workspace_id = :workspace order by name, language";
    static final String FIND = COLUMNS + " where workspace_id = :workspace and id = :id";
    static final String BY_PROVIDER = COLUMNS + " where workspace_id = :workspace and provider_id = :provider";
    static final String BY_NAME = COLUMNS
            + " where workspace_id = :workspace and channel_id = :channel and name = :name and language = :language";
    static final String INSERT = """
            insert into templates_template (id, workspace_id, channel_id, name, language, category, parameter_format,
                   definition, status, rejection_reason, quality, provider_id, created_at, updated_at)
            values (:id, :workspace, :channel, :name, :language, :category, :format, :definition, :status, :reason,
                   :quality, :provider, :now, :now)""";
    static final String UPDATE_DEFINITION = """
            update templates_template
               set name = :name, language = :language, category = :category, parameter_format = :format,
                   definition = :definition, updated_at = :now
             where workspace_id = :workspace and id = :id""";
    static final String DELETE = "delete from templates_template where workspace_id = :workspace and id = :id";
    static final String DELETE_HISTORY =
            "delete from templates_category_change where workspace_id = :workspace and template_id = :id";
    static final String HISTORY = """
            select previous_category, new_category, correct_category, occurred_at from templates_category_change
             where workspace_id = :workspace and template_id = :id order by occurred_at, kind""";

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Template> list(WorkspaceId workspace) {
        return jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .query(TemplateStore::row)
                .list();
    }

    public Optional<Template> find(WorkspaceId workspace, TemplateId id) {
        return jdbc.sql(FIND)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query(TemplateStore::row)
                .optional()
                .map(t -> withHistory(workspace, t));
    }

    public Optional<Template> byProvider(WorkspaceId workspace, String providerId) {
        return jdbc.sql(BY_PROVIDER)
                .param("workspace", workspace.value())
                .param("provider", providerId)
                .query(TemplateStore::row)
                .optional();
    }

    public Optional<Template> byName(WorkspaceId workspace, ChannelId channel, String name, String language) {
        return jdbc.sql(BY_NAME)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("name", name)
                .param("language", language)
                .query(TemplateStore::row)
                .optional();
    }

    /** A webhook's template: by Meta's id, else by name and language (if the webhook overtook the submission). */
    public Optional<Template> locate(
            WorkspaceId workspace, ChannelId channel, String providerId, String name, String language) {
        return byProvider(workspace, providerId).or(() -> byName(workspace, channel, name, language));
    }

    public void insert(
            WorkspaceId workspace,
            TemplateId id,
            ChannelId channel,
            TemplateDefinition definition,
            TemplateStatus status,
            @Nullable String providerId,
            TemplateQuality quality,
            Instant now) {
        jdbc.sql(INSERT)
                .param("id", id.value())
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("name", definition.name())
                .param("language", definition.language())
                .param("category", definition.category().toUpperCase(Locale.ROOT))
                .param("format", definition.parameterFormat().toUpperCase(Locale.ROOT))
                .param("definition", Definitions.write(definition))
                .param("status", status.name())
                .param("reason", null)
                .param("quality", quality.name())
                .param("provider", providerId)
                .param("now", ts(now))
                .update();
    }

    public void updateDefinition(WorkspaceId workspace, TemplateId id, TemplateDefinition definition, Instant now) {
        jdbc.sql(UPDATE_DEFINITION)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("name", definition.name())
                .param("language", definition.language())
                .param("category", definition.category().toUpperCase(Locale.ROOT))
                .param("format", definition.parameterFormat().toUpperCase(Locale.ROOT))
                .param("definition", Definitions.write(definition))
                .param("now", ts(now))
                .update();
    }

    public void delete(WorkspaceId workspace, TemplateId id) {
        jdbc.sql(DELETE_HISTORY)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .update();
        jdbc.sql(DELETE)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .update();
    }

    private Template withHistory(WorkspaceId workspace, Template t) {
        var history = jdbc.sql(HISTORY)
                .param("workspace", workspace.value())
                .param("id", t.id().value())
                .query((rs, n) -> new Template.CategoryChange(
                        rs.getString("previous_category"),
                        rs.getString("new_category"),
                        rs.getString("correct_category"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
        return new Template(
                t.id(),
                t.workspaceId(),
                t.channelId(),
                t.definition(),
                t.status(),
                t.rejectionReason(),
                t.quality(),
                t.providerId(),
                history,
                t.createdAt(),
                t.updatedAt());
    }

    static Template row(ResultSet rs, int n) throws SQLException {
        return new Template(
                TemplateId.of(rs.getObject("id", UUID.class)),
                WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                ChannelId.of(rs.getObject("channel_id", UUID.class)),
                Definitions.read(rs.getString("definition")),
                TemplateStatus.valueOf(rs.getString("status")),
                rs.getString("rejection_reason"),
                TemplateQuality.valueOf(rs.getString("quality")),
                rs.getString("provider_id"),
                List.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
