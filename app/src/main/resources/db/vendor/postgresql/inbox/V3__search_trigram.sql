-- The inbox search matches subjects and labels by substring (ListQueries.SEARCH): trigram indexes answer
-- "lower(x) like '%text%'" without reading every conversation of the workspace (bench/inbox.sh: 100,000).
-- contacts V5 creates the extension too; each module's migrations may run alone. The expressions must match
-- the query's exactly.
create extension if not exists pg_trgm;
create index inbox_conversation_subject_trgm_ix
    on inbox_conversation using gin (lower(coalesce(subject, '')) gin_trgm_ops);
create index inbox_conversation_label_trgm_ix on inbox_conversation_label using gin (lower(label) gin_trgm_ops);
