-- Substring search over names and identities (ContactQueries.MATCHING, the inbox search by name or part of a
-- number): trigram indexes answer "lower(x) like '%text%'" without reading every contact of the workspace
-- (bench/inbox.sh: 100,000 contacts). pg_trgm is a trusted extension: the database owner may create it.
-- Each expression must match the query's exactly.
create extension if not exists pg_trgm;
create index contacts_contact_display_name_trgm_ix
    on contacts_contact using gin (lower(coalesce(display_name, '')) gin_trgm_ops);
create index contacts_contact_profile_name_trgm_ix
    on contacts_contact using gin (lower(coalesce(profile_name, '')) gin_trgm_ops);
create index contacts_identity_value_trgm_ix on contacts_identity using gin (lower(identity_value) gin_trgm_ops);
