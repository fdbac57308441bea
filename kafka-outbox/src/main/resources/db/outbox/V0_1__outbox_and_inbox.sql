-- Events written in the same transaction as the state they describe; the relay publishes them, then deletes them.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,
    source       text        not null,
    occurred_at  timestamptz not null,
    traceparent  text        not null,
    payload      bytea       not null
);

-- Ids of the events this service has already applied: a redelivered event changes nothing.
create table inbox_event (
    event_id     text primary key,
    topic        text        not null,
    processed_at timestamptz not null default now()
);
