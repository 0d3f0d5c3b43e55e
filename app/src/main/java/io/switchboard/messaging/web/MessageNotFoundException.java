package io.switchboard.messaging.web;

/** No outbound message with this id in the caller's workspace. */
class MessageNotFoundException extends RuntimeException {
    MessageNotFoundException() {
        super("No message with this id in this workspace.");
    }
}
