package io.switchboard.compliance;

/** Where a consent change came from. */
public enum ConsentSource {
    /** The customer wrote an opt-out or opt-in keyword; the proof is the message. */
    INBOUND_KEYWORD,
    /** A sign-up form; the proof is the form's text. */
    WEB_FORM,
    /** An API client. */
    API,
    /** A CSV import. */
    CSV_IMPORT,
    /** An agent, from the contact page. */
    AGENT,
    /** Meta's {@code user_preferences} webhook: the user stopped marketing messages in WhatsApp. */
    WHATSAPP_PREFERENCE,
    /** Meta refused a marketing send with error 131050 (the user stopped marketing messages). */
    PROVIDER_ERROR;

    /** Whether a person or client may claim this source; the others are observed by Switchboard itself. */
    public boolean declarable() {
        return this == WEB_FORM || this == API || this == CSV_IMPORT || this == AGENT;
    }
}
