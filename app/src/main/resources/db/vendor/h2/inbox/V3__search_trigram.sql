-- On H2 the inbox search matches subjects and labels with LIKE (ListQueries.SEARCH): H2 has no trigram index.
-- This version exists so that both engines have the same migration history.
select 1;
