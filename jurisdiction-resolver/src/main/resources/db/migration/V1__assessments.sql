-- Every assessment of an order is kept: re-assessing under a newer rulebook adds a row, it never overwrites.
create table assessment (
    id               bigserial   primary key,
    order_id         uuid        not null,
    rulebook_version text        not null,
    assessment       jsonb       not null,
    created_at       timestamptz not null
);

create index assessment_order_idx on assessment (order_id, created_at);
