-- A campaign may reach each contact only inside a daily window of its local time (HH:mm, end exclusive; an
-- end before the start runs overnight). Each recipient gets the instant it may be handed over from
-- (not_before, set when the audience is prepared); the runner claims only due recipients.
alter table campaigns_campaign add column window_start varchar(5);
alter table campaigns_campaign add column window_end varchar(5);
alter table campaigns_recipient add column not_before timestamp with time zone;
