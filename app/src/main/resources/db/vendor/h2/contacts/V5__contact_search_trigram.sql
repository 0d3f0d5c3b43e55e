-- On H2 the substring search over names and identities (ContactQueries.MATCHING) scans with LIKE: H2 has no
-- trigram index. This version exists so that both engines have the same migration history.
select 1;
