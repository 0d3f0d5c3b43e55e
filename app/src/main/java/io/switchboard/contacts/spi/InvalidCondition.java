package io.switchboard.contacts.spi;

/**
 * A condition that cannot be evaluated; contacts reports it as field {@code conditions[i].<part>}.
 *
 * @see SegmentCriteria#predicate
 */
public class InvalidCondition extends RuntimeException {
    private final String part;

    /** @param part {@code field}, {@code operator} or {@code value} */
    public InvalidCondition(String part, String message) {
        super(message);
        this.part = part;
    }

    public String part() {
        return part;
    }
}
