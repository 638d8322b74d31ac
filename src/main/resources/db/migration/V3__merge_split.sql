-- Analyst merge and split (issue 14). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- A merged event keeps its row as a stub pointing at the event it became part of; its reports move there. Stubs are
-- left out of listings, statistics, exports and deduplication; GET /api/events/{id} still answers for old links.
ALTER TABLE events ADD COLUMN merged_into BIGINT;
CREATE INDEX events_merged_ix ON events (merged_into);
