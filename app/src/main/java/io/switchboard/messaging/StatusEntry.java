package io.switchboard.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One status Meta reported for a message, as received (unknown values included). */
public record StatusEntry(
        String status,
        Instant occurredAt,
        @Nullable Integer errorCode,
        @Nullable String errorTitle) {}
