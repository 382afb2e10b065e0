-- Every applied poll rewrites the row of each aircraft it touches and of each open flight.
-- PostgreSQL makes such an update "HOT" when no indexed column changes: the new row version goes
-- on the same page, no index gets a new entry, and the page prunes its old versions by itself,
-- vacuum or not. last_seen changes on every update, so it was keeping every update off that path
-- (three index entries and a dead row each). The indexes now use last_seen in one-minute bins,
-- which change once a minute, and the pages leave room for new versions.
alter table aircraft_states set (fillfactor = 50);
alter table aircraft_states add column seen_minute timestamptz
    generated always as (date_bin('1 minute', last_seen, timestamptz '2000-01-01 00:00:00+00')) stored;
drop index aircraft_states_last_seen;
create index aircraft_states_seen_minute on aircraft_states (seen_minute);

alter table flights set (fillfactor = 50);
alter table flights add column last_seen_minute timestamptz
    generated always as (date_bin('1 minute', last_seen, timestamptz '2000-01-01 00:00:00+00')) stored;
drop index flights_range;
create index flights_last_seen_minute on flights (last_seen_minute);
