-- A send interrupted by a crash and confirmed by no status webhook within the grace is resent once; this
-- counts those resends so that a second interrupted attempt is left FAILED_UNKNOWN for a person.
alter table messaging_outbox add column resends integer not null default 0;
