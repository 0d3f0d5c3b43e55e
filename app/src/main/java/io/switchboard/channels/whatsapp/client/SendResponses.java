package io.switchboard.channels.whatsapp.client;

/** Reads the answer to {@code POST /{phone_number_id}/messages} (reference §2.5). */
final class SendResponses {
    private SendResponses() {}

    static SendResult toResult(Reply reply) {
        if (!reply.ok()) {
            var error = reply.error();
            return new SendResult.Failed(error, ErrorClassifier.classify(error));
        }
        var body = reply.body();
        var message = body.path("messages").path(0);
        var wamid = Reply.text(message, "id");
        if (!message.isObject() || wamid == null) {
            // A 2xx without a wamid: Meta may have taken the message, so this must not count as
            // retryable (a retry could send it twice); the status webhook will tell.
            var error = GraphError.withoutEnvelope(reply.status(), "2xx answer without messages[0].id");
            return new SendResult.Failed(error, ErrorClass.PERMANENT);
        }
        var contact = body.path("contacts").path(0);
        return new SendResult.Accepted(
                wamid,
                contact.isObject() ? Reply.text(contact, "wa_id") : null,
                contact.isObject() ? Reply.text(contact, "input") : null,
                Reply.text(message, "message_status"));
    }
}
