-- The aircraft picture as a whole, one row: the newest event time seen (cleanup ticks included, so
-- aircraft.json's clock moves on when the sky goes quiet and stale aircraft drop out), all messages
-- counted, and a revision that changes with every applied poll and every reset: the cache token of
-- the rendered aircraft.json, valid across instances (an applied position would not be: two
-- consumers commit positions out of order).
create table aircraft_picture (
    id                boolean     primary key default true check (id),
    newest_event_time timestamptz,
    messages          bigint      not null,
    revision          bigint      not null
);
insert into aircraft_picture (newest_event_time, messages, revision)
select max(last_event_time), coalesce(sum(messages), 0), 0 from aircraft_states;

-- When the aircraft's open flight began: the "longest flight" leaderboard counts flights in progress.
alter table aircraft_states add column flight_first_seen timestamptz;
update aircraft_states a set flight_first_seen = f.first_seen from flights f where f.flight_id = a.flight_id;
