-- Each subscriber's applied positions in a partition of its own, so a rebuild forgets them with a
-- TRUNCATE: deleting millions of rows took seconds, wrote them all to the WAL, and left dead index
-- entries that every claim of the rebuild then had to step over. The subscriber runtime creates a
-- subscriber's partition (subscriber_positions_of_<name>) when it subscribes; rows of subscribers
-- without one live in the default partition.
alter table subscriber_positions rename to subscriber_positions_unpartitioned;
alter index subscriber_positions_pkey rename to subscriber_positions_unpartitioned_pkey;

create table subscriber_positions (
    subscriber      text        not null,
    global_position bigint      not null,
    event_id        uuid        not null,
    applied_at      timestamptz not null default now(),
    primary key (subscriber, global_position)
) partition by list (subscriber);

create table subscriber_positions_default partition of subscriber_positions default;

insert into subscriber_positions select * from subscriber_positions_unpartitioned;
drop table subscriber_positions_unpartitioned;
