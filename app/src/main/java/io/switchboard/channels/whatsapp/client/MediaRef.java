package io.switchboard.channels.whatsapp.client;

import java.util.Objects;
import org.springframework.modulith.NamedInterface;

/**
 * Media to send: an id from {@link CloudApiClient#uploadMedia} (Meta's recommendation, and needed at
 * high throughput) or a public https link that Meta fetches and caches for about ten minutes.
 */
@NamedInterface("client")
public sealed interface MediaRef {
    /** Media uploaded to this phone number; ids of uploaded media live 30 days. */
    @NamedInterface("client")
    record Id(String id) implements MediaRef {
        public Id {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Media Meta downloads itself; append a query string to bust Meta's cache of the same URL. */
    @NamedInterface("client")
    record Link(String link) implements MediaRef {
        public Link {
            Objects.requireNonNull(link, "link");
        }
    }

    static MediaRef id(String id) {
        return new Id(id);
    }

    static MediaRef link(String link) {
        return new Link(link);
    }
}
