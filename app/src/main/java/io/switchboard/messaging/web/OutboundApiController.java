package io.switchboard.messaging.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.OutboundContent;
import io.switchboard.messaging.OutboundMessageView;
import io.switchboard.messaging.OutboundMessaging;
import io.switchboard.messaging.OutboundRequest;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.messaging.SendSource;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sends a message through the outbound policy, and reads where it stands. */
@RestController
@Tag(name = "Messages")
class OutboundApiController {
    record SendMessage(
            @NotNull UUID contactId,
            @NotNull UUID channelId,
            @NotNull OutboundContent content,
            @Nullable @Size(max = 200) String idempotencyKey) {}

    record Decision(boolean accepted, @Nullable UUID messageId, ReasonCode reason, String explanation) {}

    private final OutboundMessaging outbound;

    OutboundApiController(OutboundMessaging outbound) {
        this.outbound = outbound;
    }

    /**
     * 202 with the decision when queued (also for a MESSAGING_LIMIT_REACHED hold), 200 for a DUPLICATE, 422
     * problem+json with {@code reason} when the policy blocks it (the blocked message is kept with its reason).
     */
    @PostMapping("/api/v1/messages")
    ResponseEntity<?> send(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @Valid @RequestBody SendMessage body) {
        var source = principal.userId() == null ? SendSource.API : SendSource.OPERATOR;
        var decision = outbound.send(
                principal.workspaceId(),
                new OutboundRequest(
                        new ContactId(body.contactId()),
                        new ChannelId(body.channelId()),
                        body.content(),
                        source,
                        principal.userId(),
                        body.idempotencyKey(),
                        null));
        var id = decision.messageId() == null ? null : decision.messageId().value();
        var view = new Decision(decision.accepted(), id, decision.reason(), decision.explanation());
        if (decision.accepted()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(view);
        }
        if (decision.reason() == ReasonCode.DUPLICATE) {
            return ResponseEntity.ok(view);
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, decision.explanation());
        problem.setType(URI.create("/problems/message-blocked"));
        problem.setTitle("Message blocked");
        problem.setProperty("reason", decision.reason().name());
        problem.setProperty("messageId", id);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @GetMapping("/api/v1/messages/{id}")
    OutboundMessageView message(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return outbound.find(principal.workspaceId(), new MessageId(id)).orElseThrow(MessageNotFoundException::new);
    }
}
