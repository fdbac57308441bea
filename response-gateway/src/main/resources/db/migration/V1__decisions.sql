-- Every revision of the gateway's decision on an order. Revision 1 comes from order.located; later revisions
-- (a hold that ends, a reviewer who decides) add rows and never change earlier ones, so the history stays auditable.
create table decision (
    order_id        uuid        not null,
    revision        integer     not null check (revision >= 1),
    status          text        not null check (status in ('RELEASED', 'PARTIALLY_RELEASED', 'REFUSED',
                                                          'REDIRECTED', 'ON_HOLD', 'IN_LEGAL_REVIEW', 'DELIVERED')),
    -- The Decision exactly as published in OrderDecided: outcomes per category and location, with grounds.
    decision        jsonb       not null,
    -- The OrderLocated (order, assessment, locations) this revision was decided on.
    located_event   jsonb       not null,
    -- CloudEvents id of the event that caused this revision.
    source_event_id text        not null,
    decided_at      timestamptz not null,
    primary key (order_id, revision)
);
