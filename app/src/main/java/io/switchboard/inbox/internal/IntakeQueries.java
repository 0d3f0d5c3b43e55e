package io.switchboard.inbox.internal;

/** The statements of filing a customer's message into a conversation ({@link ConversationIntake}). */
final class IntakeQueries {
    private IntakeQueries() {}

    // One statement per message rather than a touch and an unread update: the last message moves only
    // forward (a message delivered late does not replace a newer one), the unread count always counts it.
    static final String TOUCH_INBOUND = """
            update inbox_conversation
               set unread_count = unread_count + 1,
                   last_message_id = case when last_message_at is null or last_message_at <= :at
                                          then :message else last_message_id end,
                   last_message_type = case when last_message_at is null or last_message_at <= :at
                                            then :type else last_message_type end,
                   last_direction = case when last_message_at is null or last_message_at <= :at
                                         then 'IN' else last_direction end,
                   updated_at = case when last_message_at is null or last_message_at <= :at
                                     then :now else updated_at end,
                   last_message_at = case when last_message_at is null or last_message_at <= :at
                                          then :at else last_message_at end
             where workspace_id = :workspace and id = :id""";
}
