-- Full-text search over message content for the inbox search (MessageTextSearch). 'simple': no stemming
-- or stop words, as customers write in many languages; the expression must match the query's exactly.
create index messaging_message_text_ix on messaging_message using gin (to_tsvector('simple', content));
