-- Closing the books (architecture.md): a stream's open partition starts at its newest closing
-- event, which carries the state forward; loading the stream reads from there, so loads stay flat
-- however long the stream grows. 1 means the stream was never closed.
alter table streams add column open_partition_from bigint not null default 1;

-- Event time of the stream's newest event (the latest "time" appended), so work driven by event
-- time (closing idle flights on a cleanup tick) finds its streams without scanning the log.
alter table streams add column last_event_time timestamptz;
