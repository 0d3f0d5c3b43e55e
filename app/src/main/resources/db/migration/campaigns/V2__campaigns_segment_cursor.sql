-- A segment audience is prepared in chunks of member ids in id order; prepared_after is the last contact id
-- done, so a runner that stopped resumes after it (the explicit entries count in prepared_upto first).
alter table campaigns_campaign add column prepared_after uuid;
