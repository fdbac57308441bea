-- The legal review queue: one row per outcome (order, data category, storage country) a person must decide.
create table legal_review (
    id                uuid        primary key,
    order_id          uuid        not null,
    data_category     text        not null
                                  check (data_category in ('SUBSCRIBER', 'IDENTIFICATION', 'TRAFFIC', 'CONTENT')),
    country           text        not null,
    status            text        not null check (status in ('PENDING', 'DECIDED', 'CANCELLED')),
    order_reference   text,
    provider          text,
    authority         text,
    -- The outcome's grounds when it was sent to review (why a machine should not settle it).
    grounds           jsonb       not null,
    answer_deadline   timestamptz,
    decision_revision integer     not null,
    reviewer          text,
    outcome           text        check (outcome in ('RELEASE', 'REFUSE')),
    reason            text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    decided_at        timestamptz,
    unique (order_id, data_category, country)
);
create index legal_review_queue on legal_review (status, created_at);
