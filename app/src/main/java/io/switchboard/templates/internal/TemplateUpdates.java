package io.switchboard.templates.internal;

import static io.switchboard.templates.internal.TemplateStore.ts;

import io.switchboard.templates.TemplateId;
import io.switchboard.templates.TemplateQuality;
import io.switchboard.templates.TemplateStatus;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the provider says about a template. Webhook writes carry Meta's time and apply only if no later
 * one was applied (invariant 2: redelivered or reordered webhooks leave the same state); each returns
 * whether it changed anything, so an event is published once.
 */
@Repository
public class TemplateUpdates {
    // A review webhook may overtake the answer to the submission: keep the webhook's status then.
    static final String SUBMITTED = """
            update templates_template
               set provider_id = :provider, category = :category, updated_at = :now,
                   status = case when status_at is null then :status else status end
             where workspace_id = :workspace and id = :id""";
    static final String STATUS = """
            update templates_template
               set status = :status, rejection_reason = :reason, status_at = :occurred, updated_at = :now
             where workspace_id = :workspace and id = :id
               and (status_at is null or status_at < :occurred or (status_at = :occurred and status <> :status))""";
    static final String QUALITY = """
            update templates_template set quality = :quality, quality_at = :occurred, updated_at = :now
             where workspace_id = :workspace and id = :id and (quality_at is null or quality_at <= :occurred)""";
    static final String CATEGORY = """
            update templates_template set category = :category, definition = :definition, updated_at = :now
             where workspace_id = :workspace and id = :id""";
    static final String SYNCED = """
            update templates_template set provider_id = :provider, status = :status, quality = :quality,
                   rejection_reason = :reason, updated_at = :now
             where workspace_id = :workspace and id = :id""";
    static final String CATEGORY_CHANGE = """
            insert into templates_category_change (id, workspace_id, template_id, kind, previous_category,
                   new_category, correct_category, occurred_at)
            values (:id, :workspace, :template, :kind, :previous, :new, :correct, :occurred)
            on conflict do nothing""";

    private final JdbcClient jdbc;

    TemplateUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void submitted(
            WorkspaceId workspace,
            TemplateId id,
            String providerId,
            TemplateStatus status,
            String category,
            Instant now) {
        jdbc.sql(SUBMITTED)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("provider", providerId)
                .param("status", status.name())
                .param("category", category)
                .param("now", ts(now))
                .update();
    }

    public boolean status(
            WorkspaceId workspace,
            TemplateId id,
            TemplateStatus status,
            @Nullable String reason,
            Instant occurred,
            Instant now) {
        return jdbc.sql(STATUS)
                        .param("workspace", workspace.value())
                        .param("id", id.value())
                        .param("status", status.name())
                        .param("reason", reason)
                        .param("occurred", ts(occurred))
                        .param("now", ts(now))
                        .update()
                > 0;
    }

    public boolean quality(
            WorkspaceId workspace, TemplateId id, TemplateQuality quality, Instant occurred, Instant now) {
        return jdbc.sql(QUALITY)
                        .param("workspace", workspace.value())
                        .param("id", id.value())
                        .param("quality", quality.name())
                        .param("occurred", ts(occurred))
                        .param("now", ts(now))
                        .update()
                > 0;
    }

    public void category(WorkspaceId workspace, TemplateId id, String category, String definition, Instant now) {
        jdbc.sql(CATEGORY)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("category", category)
                .param("definition", definition)
                .param("now", ts(now))
                .update();
    }

    public void synced(
            WorkspaceId workspace,
            TemplateId id,
            String providerId,
            TemplateStatus status,
            TemplateQuality quality,
            @Nullable String reason,
            Instant now) {
        jdbc.sql(SYNCED)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("provider", providerId)
                .param("status", status.name())
                .param("quality", quality.name())
                .param("reason", reason)
                .param("now", ts(now))
                .update();
    }

    /** Records one category webhook; false if this one was already recorded. */
    public boolean categoryChange(
            WorkspaceId workspace,
            TemplateId template,
            @Nullable String previous,
            @Nullable String newCategory,
            @Nullable String correct,
            Instant occurred) {
        return jdbc.sql(CATEGORY_CHANGE)
                        .param("id", UUID.randomUUID())
                        .param("workspace", workspace.value())
                        .param("template", template.value())
                        .param("kind", previous == null ? "WARNING" : "CHANGED")
                        .param("previous", previous)
                        .param("new", newCategory)
                        .param("correct", correct)
                        .param("occurred", ts(occurred))
                        .update()
                > 0;
    }
}
