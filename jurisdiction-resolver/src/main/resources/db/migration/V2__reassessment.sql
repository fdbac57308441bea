-- Re-assessment judges the order again as it was last received: keep that order, when it was received (deadlines
-- count from receipt) and what caused each assessment. Rows written before this migration have no order and cannot
-- be re-assessed.
alter table assessment add column order_json jsonb;
alter table assessment add column received_at timestamptz;
alter table assessment add column cause text not null default 'ORDER_RECEIVED';

-- Orders that request-intake or the gateway reported closed (order.closed): they are not re-assessed.
create table closed_order (
    order_id  uuid        primary key,
    status    text        not null,
    closed_at timestamptz not null
);
