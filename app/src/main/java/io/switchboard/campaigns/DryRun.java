package io.switchboard.campaigns;

import java.util.Map;

/**
 * What a launch would do now, nothing stored or sent.
 *
 * @param audience distinct contacts in the audience
 * @param duplicates entries of the audience that named a contact already in it
 * @param wouldSend recipients the outbound policy accepts now
 * @param heldByLimit of those, how many wait for the messaging limit (unique recipients outside the window
 *     per rolling 24 hours) beyond what the number may still start today
 * @param skipped refused recipients by reason code
 */
public record DryRun(int audience, int duplicates, int wouldSend, int heldByLimit, Map<String, Integer> skipped) {}
