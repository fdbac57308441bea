-- What the tests' handlers applied: written in the inbox's transaction, so a rolled-back record leaves no row.
create table applied_event (
    event_id text primary key,
    topic    text not null,
    order_id uuid not null
);
