package io.switchboard.compliance;

/** What a consent covers. Marketing consent gates marketing templates (invariant 3). */
public enum ConsentPurpose {
    MARKETING,
    UTILITY
}
