package io.switchboard.messaging;

/**
 * Why the outbound policy decided as it did; stored with the message and shown to the user. Every code but
 * {@link #ACCEPTED} and {@link #MESSAGING_LIMIT_REACHED} blocks the send.
 */
public enum ReasonCode {
    ACCEPTED,
    /** A free-form message while the contact's 24-hour window is closed: only a template may go out. */
    OUTSIDE_SERVICE_WINDOW,
    /** The template is unknown for this number and language, pending, rejected or disabled. */
    TEMPLATE_NOT_APPROVED,
    /** Meta paused the template for low quality. */
    TEMPLATE_PAUSED,
    /** A marketing template to a contact with no marketing consent on record. */
    NO_MARKETING_CONSENT,
    /** A marketing template to a contact who withdrew consent (opted out). */
    OPTED_OUT,
    /** A marketing template from a number whose quality is RED (Meta would pace or restrict it). */
    NUMBER_QUALITY_RED,
    /** The number is disabled, or its credentials are broken. */
    NUMBER_DISABLED,
    /**
     * The business portfolio reached its messaging-limit tier of unique recipients in a rolling 24 hours. A
     * hold, not a rejection: the message is queued until the oldest counted recipient leaves the window.
     */
    MESSAGING_LIMIT_REACHED,
    /** The workspace's budget cap would be exceeded. */
    BUDGET_EXCEEDED,
    /** The contact has no WhatsApp number to send to. */
    NO_WHATSAPP_IDENTITY,
    /** A request with the same idempotency key was decided before; its message id is returned. */
    DUPLICATE;

    /** Whether a message goes (or will go) out with this decision. */
    public boolean sends() {
        return this == ACCEPTED || this == MESSAGING_LIMIT_REACHED;
    }
}
