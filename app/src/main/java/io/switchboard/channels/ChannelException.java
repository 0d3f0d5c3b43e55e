package io.switchboard.channels;

/** A channel request that cannot be carried out; {@link #kind()} tells the web layer which answer fits. */
public class ChannelException extends RuntimeException {
    /** Why the request failed. */
    public enum Kind {
        NOT_FOUND,
        INVALID,
        CONFLICT
    }

    private final Kind kind;
    private final String slug;

    public ChannelException(Kind kind, String slug, String message) {
        super(message);
        this.kind = kind;
        this.slug = slug;
    }

    public static ChannelException notFound() {
        return new ChannelException(Kind.NOT_FOUND, "channel-not-found", "No such channel in this workspace.");
    }

    public static ChannelException mediaNotFound() {
        return new ChannelException(
                Kind.NOT_FOUND, "media-not-found", "No such file on this channel in this workspace.");
    }

    public static ChannelException mediaNotReady() {
        return new ChannelException(
                Kind.CONFLICT,
                "media-not-ready",
                "The file is still being downloaded from WhatsApp; try again in a few seconds.");
    }

    public static ChannelException mediaUnavailable() {
        return new ChannelException(
                Kind.NOT_FOUND,
                "media-unavailable",
                "WhatsApp did not let us download this file (its link expired or every attempt failed); ask the"
                        + " customer to send it again.");
    }

    public static ChannelException invalid(String message) {
        return new ChannelException(Kind.INVALID, "invalid-channel", message);
    }

    public Kind kind() {
        return kind;
    }

    /** A stable problem type slug, e.g. {@code channel-not-found}. */
    public String slug() {
        return slug;
    }
}
