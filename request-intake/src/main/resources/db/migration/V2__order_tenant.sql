-- The authority tenant (portal account) that submitted each order, from its token. Orders stored before access
-- control keep null: no authority sees them, operators still do.
alter table orders add column submitted_by varchar(200);

-- An Idempotency-Key is the submitting portal's own: two tenants may use the same key for two different orders.
alter table orders drop constraint orders_idempotency_key_unique;
alter table orders add constraint orders_tenant_idempotency_key_unique unique (submitted_by, idempotency_key);

-- An authority's list: its own orders, newest first.
create index orders_submitted_by_received_at_idx on orders (submitted_by, received_at desc);
