-- The event log: append-only, ordered by global position, relayed in commit-safe order by
-- (transaction_id, global_position) below the transaction-id horizon.
create table events (
    global_position bigint generated always as identity primary key,
    transaction_id  xid8        not null default pg_current_xact_id(),
    event_id        uuid        not null,
    stream_id       text        not null,
    stream_version  bigint      not null,
    type            text        not null,
    source          text        not null,
    subject         text,
    time            timestamptz not null,
    data            jsonb       not null,
    metadata        jsonb       not null default '{}'::jsonb,
    recorded_at     timestamptz not null default clock_timestamp(),
    constraint events_event_id_key unique (event_id),
    constraint events_stream_version_key unique (stream_id, stream_version),
    constraint events_stream_version_positive check (stream_version > 0)
);
create index events_commit_order on events (transaction_id, global_position);

-- One row per stream: its current version. Appends move it with a compare-and-set, so two
-- writers with the same expected version cannot both win.
create table streams (
    stream_id  text        primary key,
    version    bigint      not null,
    updated_at timestamptz not null default now()
);

-- The result of each command that carried an Idempotency-Key.
create table idempotency_keys (
    idempotency_key text        primary key,
    request_hash    text        not null,
    result          jsonb       not null,
    created_at      timestamptz not null default now()
);

-- Latest snapshot per stream. A snapshot is a cache: losing one costs a longer load, never a fact.
create table snapshots (
    stream_id            text        primary key,
    state_type           text        not null,
    state_schema_version int         not null,
    stream_version       bigint      not null,
    state                jsonb       not null,
    taken_at             timestamptz not null default now()
);

-- Where each relay (and other log readers) got to: the (transaction_id, global_position) pair.
create table relay_checkpoints (
    relay           text        primary key,
    transaction_id  xid8        not null,
    global_position bigint      not null,
    updated_at      timestamptz not null default now()
);

-- Append-only, even for a superuser's mistake: UPDATE, DELETE and TRUNCATE raise.
create function refuse_event_change() returns trigger language plpgsql as $$
begin
    raise exception 'the event log is append-only: % on events refused', tg_op
        using errcode = 'restrict_violation';
end $$;
create trigger events_append_only before update or delete on events
    for each row execute function refuse_event_change();
create trigger events_no_truncate before truncate on events
    for each statement execute function refuse_event_change();

-- No NOTIFY trigger: PostgreSQL serialises the commits of notifying transactions (a cluster-wide
-- lock held through the WAL flush). Appends raise a flag instead and one notifier per service
-- instance sends a NOTIFY for all of them (see AppendNotifier).

-- The application role may read and append events, never change them.
do $$
begin
    if not exists (select from pg_roles where rolname = 'contrail_app') then
        create role contrail_app nologin;
    end if;
end $$;
grant usage on schema public to contrail_app;
grant select, insert on events to contrail_app;
revoke update, delete, truncate on events from contrail_app;
grant select, insert, update, delete on streams, idempotency_keys, snapshots, relay_checkpoints to contrail_app;
grant usage, select on all sequences in schema public to contrail_app;
