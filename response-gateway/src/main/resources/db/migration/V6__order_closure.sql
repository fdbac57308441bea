-- An order on which nothing more will happen: every released package arrived (DELIVERED) or every outcome is final.
-- One row per order, so order.closed is published once.
create table order_closure (
    order_id          uuid        primary key,
    status            text        not null check (status in ('DELIVERED', 'REFUSED', 'REDIRECTED')),
    decision_revision integer     not null,
    reason            text        not null,
    closed_at         timestamptz not null
);
