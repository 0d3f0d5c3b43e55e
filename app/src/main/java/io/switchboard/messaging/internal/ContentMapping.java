package io.switchboard.messaging.internal;

import io.switchboard.channels.whatsapp.client.Interactive;
import io.switchboard.channels.whatsapp.client.MediaRef;
import io.switchboard.channels.whatsapp.client.OutboundMessage;
import io.switchboard.channels.whatsapp.client.Template;
import io.switchboard.channels.whatsapp.client.TemplateComponent;
import io.switchboard.channels.whatsapp.client.TemplateParameter;
import io.switchboard.messaging.OutboundContent;
import java.util.List;

/** Our content as the Cloud API client's message types. */
final class ContentMapping {
    private ContentMapping() {}

    static OutboundMessage toCloudApi(OutboundContent content) {
        return switch (content) {
            case OutboundContent.Text t -> new OutboundMessage.Text(t.body(), t.previewUrl());
            case OutboundContent.Media m -> media(m);
            case OutboundContent.Template t ->
                new Template(
                        t.name(),
                        t.language(),
                        t.bodyParameters().isEmpty()
                                ? List.of()
                                : List.of(new TemplateComponent.Body(t.bodyParameters().stream()
                                        .<TemplateParameter>map(p -> new TemplateParameter.Text(null, p))
                                        .toList())));
            case OutboundContent.Buttons b ->
                new Interactive.ReplyButtons(
                        null,
                        b.body(),
                        null,
                        b.buttons().stream()
                                .map(c -> new Interactive.Button(c.id(), c.title()))
                                .toList());
            case OutboundContent.ListMenu l ->
                new Interactive.ListMessage(
                        null,
                        l.body(),
                        null,
                        l.button(),
                        List.of(new Interactive.Section(
                                null,
                                l.rows().stream()
                                        .map(c -> new Interactive.Row(c.id(), c.title(), null))
                                        .toList())));
            case OutboundContent.Reaction r -> new OutboundMessage.Reaction(r.messageId(), r.emoji());
            case OutboundContent.Location l ->
                new OutboundMessage.Location(l.latitude(), l.longitude(), l.name(), l.address());
        };
    }

    private static OutboundMessage media(OutboundContent.Media m) {
        var ref = m.link() != null ? MediaRef.link(m.link()) : MediaRef.id(String.valueOf(m.mediaId()));
        return switch (m.mediaKind()) {
            case IMAGE -> new OutboundMessage.Image(ref, m.caption());
            case VIDEO -> new OutboundMessage.Video(ref, m.caption());
            case AUDIO -> new OutboundMessage.Audio(ref, false);
            case DOCUMENT -> new OutboundMessage.Document(ref, m.caption(), m.filename());
            case STICKER -> new OutboundMessage.Sticker(ref);
        };
    }
}
