package io.switchboard.channels.whatsapp.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.switchboard.channels.whatsapp.internal.VerifyTokens;
import io.switchboard.channels.whatsapp.internal.WebhookIntake;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meta's webhook callback (reference §4). The body is taken as raw bytes: the signature covers them
 * exactly, so nothing may parse or re-encode it before {@link WebhookIntake} checked it.
 */
@Hidden
@RestController
@RequestMapping("/webhooks/whatsapp")
class WebhookController {
    private final WebhookIntake intake;
    private final VerifyTokens tokens;

    WebhookController(WebhookIntake intake, VerifyTokens tokens) {
        this.intake = intake;
        this.tokens = tokens;
    }

    /** Subscription handshake: echo the challenge when the verify token belongs to a usable channel. */
    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(
            @RequestParam(name = "hub.mode", required = false) @Nullable String mode,
            @RequestParam(name = "hub.verify_token", required = false) @Nullable String token,
            @RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
        if ("subscribe".equals(mode) && challenge != null && token != null && tokens.known(token)) {
            return ResponseEntity.ok(challenge);
        }
        return ResponseEntity.status(403).build();
    }

    @PostMapping
    ResponseEntity<Void> receive(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String signature) {
        var outcome = intake.receive(body == null ? new byte[0] : body, signature);
        return switch (outcome) {
            case STORED -> ResponseEntity.ok().build();
            case BAD_SIGNATURE -> ResponseEntity.status(401).build();
        };
    }
}
