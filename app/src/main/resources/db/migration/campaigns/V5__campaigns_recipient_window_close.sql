-- A send window applies to every opening, not just the first: each recipient keeps when its current opening
-- closes (not_after) and its zone, so one not handed over in time (held by the messaging limit, paused, or a
-- campaign slower than the window) is moved to the next opening in its own zone instead of going out late.
alter table campaigns_recipient add column not_after timestamp with time zone;
alter table campaigns_recipient add column time_zone varchar(64);
