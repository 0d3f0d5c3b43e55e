package io.switchboard.compliance;

/** A customer's message that is a keyword: what it asks and the language of the keyword. */
public record KeywordMatch(ConsentState state, KeywordSet set) {

    /** The confirmation to send back in the keyword's language; blank for none. */
    public String reply() {
        return state == ConsentState.WITHDRAWN ? set.optOutReply() : set.optInReply();
    }
}
