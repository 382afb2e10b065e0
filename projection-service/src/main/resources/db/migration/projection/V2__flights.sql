-- Read models of the flights-aircraft projection.

-- The current picture of each aircraft (what aircraft.json lists), one row per ICAO address.
create table aircraft_states (
    icao               text             primary key,
    callsign           text,
    category           text,
    squawk             text,
    emergency          text             not null default 'none',
    lat                double precision,
    lon                double precision,
    alt_baro           integer,
    alt_geom           integer,
    on_ground          boolean          not null default false,
    gs                 double precision,
    track              double precision,
    ias                double precision,
    tas                double precision,
    mag_heading        double precision,
    baro_rate          integer,
    geom_rate          integer,
    last_position_time timestamptz,
    last_seen          timestamptz,                -- newest observation (event time)
    last_event_time    timestamptz      not null,  -- newest event of any kind, e.g. a flight closed by a tick
    messages           bigint           not null,
    flight_id          text,
    day                date,                       -- UTC day of last_seen (event time)
    messages_on_day    bigint           not null,
    max_altitude_on_day integer,
    position           bigint           not null   -- global position of the last event applied
);
create index aircraft_states_last_seen on aircraft_states (last_seen);
create index aircraft_states_callsign on aircraft_states (callsign);

-- Every flight: opened by flight_opened, summarised by flight_closed; an open flight's last_seen
-- and message count follow its aircraft.
create table flights (
    flight_id       text             primary key,
    icao            text             not null,
    first_seen      timestamptz      not null,
    last_seen       timestamptz      not null,
    closed          boolean          not null,
    reason          text,
    callsigns       text             not null default '',  -- comma-separated, in order of appearance
    max_altitude_ft integer,
    distance_nm     double precision,
    message_count   bigint           not null
);
create index flights_range on flights (first_seen, last_seen);
create index flights_icao on flights (icao, first_seen);

-- Positions as reported, for tracks; the global position makes each point unique.
create table track_points (
    global_position bigint           primary key,
    icao            text             not null,
    time            timestamptz      not null,
    lat             double precision not null,
    lon             double precision not null,
    altitude_ft     integer,
    on_ground       boolean          not null
);
create index track_points_aircraft_time on track_points (icao, time);
