-- Which events each subscriber has applied, written in the same transaction as the effect:
-- a redelivered event finds its row and has no second effect. It also answers read-your-writes
-- ("has this projection applied position n?").
create table subscriber_positions (
    subscriber      text        not null,
    global_position bigint      not null,
    event_id        uuid        not null,
    applied_at      timestamptz not null default now(),
    primary key (subscriber, global_position)
);

-- Progress of a rebuild from the event log, so it can be watched.
create table subscriber_rebuilds (
    subscriber   text        primary key,
    log_position text        not null,
    applied      bigint      not null,
    status       text        not null,
    started_at   timestamptz not null,
    updated_at   timestamptz not null default now()
);
