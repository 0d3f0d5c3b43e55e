-- The runner claims pending recipients in contact order, a batch at a time. With (campaign_id, state) alone
-- every claim read and sorted all pending rows of the campaign (100,000 at the start of a large one), so the
-- hand-off slowed down with the audience's size; with contact_id after them a claim reads only its batch.
-- The new index also serves everything the old one did (its first two columns are the same).
create index campaigns_recipient_claim_ix on campaigns_recipient (campaign_id, state, contact_id);
drop index campaigns_recipient_pending_ix;
