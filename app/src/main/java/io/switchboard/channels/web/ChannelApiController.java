package io.switchboard.channels.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.Secret;
import io.switchboard.channels.ChannelDetails;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.channels.ConnectionCheck;
import io.switchboard.channels.WhatsAppChannel;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** WhatsApp numbers of the workspace. Secrets are write-only: accepted here, never returned. */
@RestController
@RequestMapping("/api/v1/channels")
@Tag(name = "Channels")
class ChannelApiController {
    /** Create or edit; on an edit, omitted secrets keep their stored values. */
    record ChannelRequest(
            @Nullable String name,
            @Nullable String phoneNumberId,
            @Nullable String wabaId,
            @Nullable String displayPhoneNumber,
            @Nullable String verifiedName,
            @Nullable String graphBaseUrl,
            @Nullable String graphVersion,
            @Nullable String accessToken,
            @Nullable String appSecret,
            @Nullable String verifyToken) {
        ChannelDetails details(@Nullable WhatsAppChannel current) {
            return new ChannelDetails(
                    pick(name, current == null ? null : current.name()),
                    pick(phoneNumberId, current == null ? null : current.phoneNumberId()),
                    pick(wabaId, current == null ? null : current.wabaId()),
                    pick(displayPhoneNumber, current == null ? null : current.displayPhoneNumber()),
                    pick(verifiedName, current == null ? null : current.verifiedName()),
                    pick(graphBaseUrl, current == null ? null : current.graphBaseUrl()),
                    pick(graphVersion, current == null ? null : current.graphVersion()),
                    secret(accessToken),
                    secret(appSecret),
                    secret(verifyToken));
        }

        @SuppressWarnings("NullAway")
        private static String pick(@Nullable String given, @Nullable String current) {
            return given != null ? given : current;
        }

        private static @Nullable Secret secret(@Nullable String value) {
            return value == null || value.isBlank() ? null : new Secret(value);
        }
    }

    private final ChannelManagement channels;

    ChannelApiController(ChannelManagement channels) {
        this.channels = channels;
    }

    @GetMapping
    List<WhatsAppChannel> list(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return channels.channels(principal.workspaceId());
    }

    @GetMapping("/{id}")
    WhatsAppChannel get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return channels.channel(principal.workspaceId(), new ChannelId(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WhatsAppChannel create(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @RequestBody ChannelRequest request) {
        requireManager(principal);
        return channels.create(principal.workspaceId(), request.details(null));
    }

    @PatchMapping("/{id}")
    WhatsAppChannel update(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestBody ChannelRequest request) {
        requireManager(principal);
        var current = channels.channel(principal.workspaceId(), new ChannelId(id));
        return channels.update(principal.workspaceId(), current.id(), request.details(current));
    }

    /** Disables the number (kept for its history); its webhooks are refused from now on. */
    @DeleteMapping("/{id}")
    WhatsAppChannel disable(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        requireManager(principal);
        return channels.disable(principal.workspaceId(), new ChannelId(id));
    }

    /** Calls the Graph API with the number's token and reports what it answered. */
    @PostMapping("/{id}/test")
    ConnectionCheck test(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        requireManager(principal);
        return channels.test(principal.workspaceId(), new ChannelId(id));
    }

    static void requireManager(SwitchboardPrincipal principal) {
        if (!principal.canManage()) {
            throw new AccessDeniedException("Only owners and admins may change channels.");
        }
    }
}
