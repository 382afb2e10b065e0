-- The two databases of the stack: the event log and the read models.
create database contrail_events;
create database contrail_projections;
