package io.switchboard.channels.spi;

import org.jspecify.annotations.Nullable;

/** One of Meta's {@code errors[]}: a code to branch on and texts for people. */
public record ProviderError(
        int code,
        @Nullable String title,
        @Nullable String message,
        @Nullable String details) {}
