-- H2 has no partial indexes and runs one worker loop, which the (status, next_attempt_at) index serves.
-- This version exists so that both engines have the same migration history.
select 1;
