package io.switchboard.sandbox.web;

import io.switchboard.sandbox.messaging.GraphErrors;
import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.NumberRegistry;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Bearer-token checks: an unknown or missing token is 190; a known token sees only the numbers it was
 * registered with and their WABAs, anything else looks like a missing object (100, subcode 33), as Graph does.
 */
final class GraphAccess {
    private final NumberRegistry numbers;

    GraphAccess(NumberRegistry numbers) {
        this.numbers = numbers;
    }

    String token(ServerRequest request) {
        var header = request.headers().firstHeader("Authorization");
        String token = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7).strip();
        } else if (request.param("access_token").isPresent()) {
            token = request.param("access_token").get();
        }
        if (token == null || token.isEmpty() || !numbers.tokenKnown(token)) {
            throw GraphErrors.invalidToken();
        }
        return token;
    }

    BusinessNumber number(ServerRequest request, String phoneNumberId, String method) {
        var token = token(request);
        return numbers.find(phoneNumberId)
                .filter(n -> n.accessToken().equals(token))
                .orElseThrow(() -> GraphErrors.unknownObject(phoneNumberId, method));
    }

    boolean canSeeWaba(String token, String wabaId) {
        return numbers.ofWaba(wabaId).stream().anyMatch(n -> n.accessToken().equals(token));
    }

    boolean canSeeNumber(String token, String phoneNumberId) {
        return numbers.find(phoneNumberId)
                .map(n -> canSeeWaba(token, n.wabaId()))
                .orElse(false);
    }

    void requireWaba(ServerRequest request, String wabaId, String method) {
        if (!canSeeWaba(token(request), wabaId)) {
            throw GraphErrors.unknownObject(wabaId, method);
        }
    }
}
