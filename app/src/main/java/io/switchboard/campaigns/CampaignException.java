package io.switchboard.campaigns;

/** A campaign request that cannot be carried out. */
public class CampaignException extends RuntimeException {
    /** Why. */
    public enum Kind {
        NOT_FOUND,
        INVALID,
        CONFLICT
    }

    private final Kind kind;
    private final String slug;

    public CampaignException(Kind kind, String slug, String message) {
        super(message);
        this.kind = kind;
        this.slug = slug;
    }

    public static CampaignException notFound() {
        return new CampaignException(Kind.NOT_FOUND, "campaign-not-found", "No such campaign in this workspace.");
    }

    public static CampaignException invalid(String message) {
        return new CampaignException(Kind.INVALID, "invalid-campaign", message);
    }

    public static CampaignException conflict(String message) {
        return new CampaignException(Kind.CONFLICT, "campaign-state", message);
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }
}
