package io.switchboard.sandbox.web;

import io.switchboard.sandbox.messaging.GraphErrors;
import io.switchboard.sandbox.messaging.SandboxServices;
import io.switchboard.sandbox.messaging.TemplateViews;
import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.Json;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /{id}} and {@code DELETE /{id}} for phone numbers, media, templates and WABAs. */
final class NodeHandlers {
    private static final String DEFAULT_NUMBER_FIELDS =
            "verified_name,code_verification_status,display_phone_number,quality_rating,platform_type,throughput";

    private final Engine engine;
    private final GraphAccess access;
    private final MediaHandlers media;

    NodeHandlers(SandboxServices services, GraphAccess access, MediaHandlers media) {
        this.engine = services.engine();
        this.access = access;
        this.media = media;
    }

    ServerResponse get(ServerRequest request) {
        var token = access.token(request);
        var id = request.pathVariable("node");
        var fields = request.param("fields").orElse(null);
        var number = engine.numbers().find(id);
        if (number.isPresent() && access.canSeeNumber(token, id)) {
            return Responses.json(number(number.get(), fields == null ? DEFAULT_NUMBER_FIELDS : fields));
        }
        var item = engine.media().find(id);
        if (item.isPresent() && access.canSeeNumber(token, item.get().phoneNumberId())) {
            return Responses.json(media.info(request, item.get()));
        }
        var template = engine.templates().find(id);
        if (template.isPresent() && access.canSeeWaba(token, template.get().wabaId())) {
            return Responses.json(TemplateViews.view(template.get(), fields));
        }
        if (access.canSeeWaba(token, id)) {
            return Responses.json(Json.object().put("id", id).put("name", "Sandbox WABA " + id));
        }
        throw GraphErrors.unknownObject(id, "get");
    }

    ServerResponse delete(ServerRequest request) {
        var token = access.token(request);
        var id = request.pathVariable("node");
        var item = engine.media().find(id);
        if (item.isEmpty() || !access.canSeeNumber(token, item.get().phoneNumberId())) {
            throw GraphErrors.unknownObject(id, "delete");
        }
        engine.media().delete(id);
        return Responses.json(Json.object().put("success", true));
    }

    ServerResponse phoneNumbers(ServerRequest request) {
        var waba = request.pathVariable("node");
        access.requireWaba(request, waba, "get");
        var page = Json.object();
        var data = page.putArray("data");
        engine.numbers().ofWaba(waba).forEach(n -> data.add(number(n, DEFAULT_NUMBER_FIELDS)));
        page.putObject("paging").putObject("cursors");
        return Responses.json(page);
    }

    private ObjectNode number(BusinessNumber n, String fields) {
        Set<String> wanted = Arrays.stream(fields.split(",")).map(String::strip).collect(Collectors.toSet());
        var tier = engine.numbers().tier(n.businessId()).name();
        var all = Json.object()
                .put("verified_name", n.verifiedName())
                .put("code_verification_status", "VERIFIED")
                .put("display_phone_number", n.displayPhoneNumber())
                .put("quality_rating", n.qualityRating().name())
                .put("platform_type", "CLOUD_API")
                .put("name_status", "APPROVED")
                .put("messaging_limit_tier", tier)
                .put("whatsapp_business_manager_messaging_limit", tier);
        all.putObject("throughput").put("level", n.throughput() >= 1000 ? "HIGH" : "STANDARD");
        var picked = Json.object();
        all.properties().stream()
                .filter(e -> wanted.contains(e.getKey()))
                .forEach(e -> picked.set(e.getKey(), e.getValue()));
        return picked.put("id", n.phoneNumberId());
    }
}
