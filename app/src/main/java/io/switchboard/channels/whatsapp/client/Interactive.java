package io.switchboard.channels.whatsapp.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Interactive messages ({@code type: interactive}), one record per {@code interactive.type}. The
 * customer's tap comes back as an inbound {@code interactive} message whose {@code context.id} is this
 * message's wamid. Limits are in {@link MessageRules}.
 */
@NamedInterface("client")
public sealed interface Interactive extends OutboundMessage {

    /** Up to 3 reply buttons ({@code interactive.type: button}). */
    @NamedInterface("client")
    record ReplyButtons(
            @Nullable Header header, String body, @Nullable String footer, List<Button> buttons)
            implements Interactive {
        public ReplyButtons {
            buttons = List.copyOf(buttons);
        }
    }

    /** {@code id} comes back in {@code button_reply.id}; {@code title} (at most 20 characters) is shown. */
    @NamedInterface("client")
    record Button(String id, String title) {}

    /** A menu behind one button; at most 10 rows over all sections. */
    @NamedInterface("client")
    record ListMessage(
            @Nullable String header, String body, @Nullable String footer, String button, List<Section> sections)
            implements Interactive {
        public ListMessage {
            sections = List.copyOf(sections);
        }
    }

    /** A section; Meta requires a title once there is more than one section. */
    @NamedInterface("client")
    record Section(@Nullable String title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    @NamedInterface("client")
    record Row(String id, String title, @Nullable String description) {}

    /** A button that opens {@code url}, so the raw link does not clutter the body. */
    @NamedInterface("client")
    record CtaUrl(
            @Nullable Header header, String body, @Nullable String footer, String displayText, String url)
            implements Interactive {}

    /**
     * Opens a WhatsApp Flow, named by exactly one of {@code flowId} or {@code flowName}. With a {@code
     * screen} the flow opens there with {@code data} ({@code flow_action: navigate}); without, the flow
     * asks our endpoint first ({@code data_exchange}). {@code draft} sends an unpublished flow.
     */
    @NamedInterface("client")
    record Flow(
            @Nullable Header header,
            String body,
            @Nullable String footer,
            @Nullable String flowId,
            @Nullable String flowName,
            String cta,
            @Nullable String flowToken,
            @Nullable String screen,
            Map<String, Object> data,
            boolean draft)
            implements Interactive {
        public Flow {
            data = Map.copyOf(data);
        }
    }

    /** One product of a Meta catalog; body and footer are optional. */
    @NamedInterface("client")
    record Product(@Nullable String body, @Nullable String footer, String catalogId, String productRetailerId)
            implements Interactive {}

    /** Several products of one catalog in sections: at most 30 products in at most 10 sections. */
    @NamedInterface("client")
    record ProductList(
            String header, String body, @Nullable String footer, String catalogId, List<ProductSection> sections)
            implements Interactive {
        public ProductList {
            sections = List.copyOf(sections);
        }
    }

    @NamedInterface("client")
    record ProductSection(String title, List<String> productRetailerIds) {
        public ProductSection {
            productRetailerIds = List.copyOf(productRetailerIds);
        }
    }

    /** Asks the customer to share a location; the answer arrives as an inbound {@code location} message. */
    @NamedInterface("client")
    record LocationRequest(String body) implements Interactive {}

    /** The optional header of reply-button, CTA-URL and flow messages: text or one media item. */
    @NamedInterface("client")
    sealed interface Header {
        record Text(String text) implements Header {}

        record Media(MediaType type, MediaRef media) implements Header {}

        static Header text(String text) {
            return new Text(text);
        }

        static Header image(MediaRef media) {
            return new Media(MediaType.IMAGE, media);
        }

        static Header video(MediaRef media) {
            return new Media(MediaType.VIDEO, media);
        }

        static Header document(MediaRef media) {
            return new Media(MediaType.DOCUMENT, media);
        }
    }

    /** Media a header (or a template parameter) can carry. */
    @NamedInterface("client")
    enum MediaType {
        IMAGE,
        VIDEO,
        DOCUMENT;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
