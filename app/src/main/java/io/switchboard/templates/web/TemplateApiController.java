package io.switchboard.templates.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.channels.ChannelId;
import io.switchboard.templates.RenderedTemplate;
import io.switchboard.templates.Template;
import io.switchboard.templates.TemplateException;
import io.switchboard.templates.TemplateId;
import io.switchboard.templates.TemplateManagement;
import io.switchboard.templates.TemplateSync;
import io.switchboard.templates.TemplateViolation;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Message templates: drafts checked against Meta's rules, submission, sync from the provider, preview. */
@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Templates")
class TemplateApiController {
    /** Which number's WABA to sync. */
    record SyncRequest(@Nullable UUID channelId) {}

    private final TemplateManagement templates;

    TemplateApiController(TemplateManagement templates) {
        this.templates = templates;
    }

    @GetMapping
    List<Template> list(@AuthenticationPrincipal SwitchboardPrincipal me) {
        return templates.list(me.workspaceId());
    }

    @GetMapping("/{id}")
    Template get(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        return templates.get(me.workspaceId(), new TemplateId(id));
    }

    /** Stores a draft; a definition that breaks Meta's rules is answered 400 with every broken rule in {@code errors}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Template create(@AuthenticationPrincipal SwitchboardPrincipal me, @RequestBody TemplateRequest request) {
        requireManager(me);
        if (request.channelId() == null) {
            var violations = new ArrayList<TemplateViolation>();
            violations.add(new TemplateViolation("channelId", "Choose a WhatsApp number of this workspace."));
            violations.addAll(templates.violations(request.definition()));
            throw TemplateException.invalid(violations);
        }
        return templates.create(me.workspaceId(), new ChannelId(request.channelId()), request.definition());
    }

    @PutMapping("/{id}")
    Template update(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestBody TemplateRequest request) {
        requireManager(me);
        return templates.update(me.workspaceId(), new TemplateId(id), request.definition());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        requireManager(me);
        templates.delete(me.workspaceId(), new TemplateId(id));
    }

    /** Sends the draft to WhatsApp for review; the review's outcome arrives by webhook. */
    @PostMapping("/{id}/submit")
    Template submit(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        requireManager(me);
        return templates.submit(me.workspaceId(), new TemplateId(id));
    }

    /** Reads the number's templates from WhatsApp and stores them. */
    @PostMapping("/sync")
    TemplateSync sync(@AuthenticationPrincipal SwitchboardPrincipal me, @RequestBody SyncRequest request) {
        requireManager(me);
        if (request.channelId() == null) {
            throw TemplateException.invalid(
                    List.of(new TemplateViolation("channelId", "Choose a WhatsApp number of this workspace.")));
        }
        return templates.sync(me.workspaceId(), new ChannelId(request.channelId()));
    }

    /** The definition rendered with {@code samples} (else its examples), and what breaks Meta's rules; stores nothing. */
    @PostMapping("/preview")
    Map<String, Object> preview(@RequestBody TemplateRequest request) {
        var definition = request.definition();
        RenderedTemplate rendered =
                templates.preview(definition, request.samples() == null ? Map.of() : request.samples());
        return Map.of("rendered", rendered, "errors", templates.violations(definition));
    }

    static void requireManager(SwitchboardPrincipal me) {
        if (!me.canManage()) {
            throw new AccessDeniedException("Only owners and admins may change templates.");
        }
    }
}
