package io.switchboard.contacts;

/** Where a CSV import stands: uploaded (waiting for its column mapping), queued, running, done or failed. */
public enum ImportStatus {
    UPLOADED,
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    /** Whether the job will still change by itself. */
    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
