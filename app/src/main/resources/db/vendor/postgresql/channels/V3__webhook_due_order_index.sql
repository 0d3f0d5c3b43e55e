-- The worker's claim (WebhookEventStore.DUE) reads due events in next_attempt_at order among its lanes and
-- stops at the batch size. The (status, next_attempt_at) index makes it read and sort every due event of
-- the loop first, which under a backlog of thousands of webhooks cost milliseconds per claim. Only
-- unprocessed rows are in this one, so it stays small however many processed events the table keeps.
create index channels_webhook_event_due_order_ix on channels_webhook_event (next_attempt_at)
    where status in ('PENDING', 'FAILED', 'PROCESSING');
