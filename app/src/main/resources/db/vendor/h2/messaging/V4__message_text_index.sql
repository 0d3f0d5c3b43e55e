-- On H2 the message search (MessageTextSearch) scans with LIKE: there is no full-text index to create.
-- This version exists so that both engines have the same migration history.
select 1;
