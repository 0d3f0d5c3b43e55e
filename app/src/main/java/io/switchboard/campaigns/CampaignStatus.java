package io.switchboard.campaigns;

/** Where a campaign stands. */
public enum CampaignStatus {
    /** Being prepared; may be edited, dry-run and launched. */
    DRAFT,
    /** Launched for a later time; starts by itself when due. */
    SCHEDULED,
    /** Handing recipients to messaging. */
    RUNNING,
    /** Stopped by a user or automatically (number RED, template paused); resumable. */
    PAUSED,
    /** Every recipient was handed to messaging (queued or skipped); statuses keep arriving. */
    COMPLETED,
    /** Stopped for good; recipients not yet handed over are skipped. */
    CANCELLED
}
