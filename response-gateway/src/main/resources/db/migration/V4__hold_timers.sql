-- A durable timer per held outcome (order, data category, storage country): a row, so it survives restarts. The
-- scheduler of any instance claims due rows with FOR UPDATE SKIP LOCKED and releases them.
create table hold_timer (
    id                uuid        primary key,
    order_id          uuid        not null,
    data_category     text        not null
                                  check (data_category in ('SUBSCRIBER', 'IDENTIFICATION', 'TRAFFIC', 'CONTENT')),
    country           text        not null,
    window_hours      integer     not null check (window_hours >= 0),
    -- decided_at of the revision that put the outcome on hold, plus window_hours.
    due_at            timestamptz not null,
    state             text        not null check (state in ('PENDING', 'RELEASED', 'OBJECTED', 'CANCELLED')),
    decision_revision integer     not null,
    objected_by       text,
    objection         text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (order_id, data_category, country)
);
create index hold_timer_due on hold_timer (due_at) where state = 'PENDING';
