package io.switchboard.compliance;

import java.util.List;
import java.util.Objects;

/**
 * A workspace's keywords in one language and the confirmations sent back in that language. A customer's
 * message opts out (or in) when, trimmed, it is one of the keywords, ignoring case and accents.
 *
 * @param language an ISO 639-1 code ({@code en}, {@code it}, …), optionally with a region ({@code pt_BR})
 * @param optOut withdraw marketing consent
 * @param optIn grant marketing consent
 * @param optOutReply sent to the customer after an opt-out keyword
 * @param optInReply sent to the customer after an opt-in keyword
 */
public record KeywordSet(
        String language, List<String> optOut, List<String> optIn, String optOutReply, String optInReply) {
    public KeywordSet {
        Objects.requireNonNull(language, "language");
        optOut = optOut == null ? List.of() : List.copyOf(optOut);
        optIn = optIn == null ? List.of() : List.copyOf(optIn);
        optOutReply = optOutReply == null ? "" : optOutReply;
        optInReply = optInReply == null ? "" : optInReply;
    }
}
