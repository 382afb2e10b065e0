-- Read model of the ledger-account-summaries projector: one row per account.
create table account_summaries (
    account_id  text        primary key,
    holder_name text        not null,
    balance     numeric     not null,
    currency    text        not null,
    version     bigint      not null,
    position    bigint      not null,
    status      text        not null
);
