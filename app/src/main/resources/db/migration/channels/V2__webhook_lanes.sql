-- Which worker loop reads an event: derived at intake from the customer it is about (0..63), and loop i of n
-- reads the lanes with lane mod n = i. One customer's messages and statuses are then never processed by two
-- loops at once, so concurrent batches do not lock that customer's rows in opposite orders.
alter table channels_webhook_event add column lane integer not null default 0;
