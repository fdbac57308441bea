-- Each provider's addressee of orders in the Union: the establishment it designated, or the legal representative it
-- appointed, in a Member State (Directive (EU) 2023/1544 Art. 3). That Member State is the enforcing State of
-- Regulation (EU) 2023/1543, notified under Art. 8 and entitled to raise grounds for refusal under Art. 12. The API
-- accepts Member States only; the table checks the form of the code, as storage_location does.
create table eu_addressee (
    provider_id text        primary key,
    kind        text        not null check (kind in ('DESIGNATED_ESTABLISHMENT', 'LEGAL_REPRESENTATIVE')),
    country     char(2)     not null check (country ~ '^[A-Z]{2}$'),
    name        text        not null check (name ~ '\S'),
    updated_at  timestamptz not null
);

-- Illustrative demo data for the demo providers of V2__demo_catalog.sql, not the providers' actual designations.
insert into eu_addressee (provider_id, kind, country, name, updated_at) values
    ('microsoft', 'DESIGNATED_ESTABLISHMENT', 'IE', 'Microsoft Ireland Operations Ltd', '2026-01-01T00:00:00Z'),
    ('skype',     'DESIGNATED_ESTABLISHMENT', 'LU', 'Skype Communications S.à r.l.',    '2026-01-01T00:00:00Z');

-- The addressee the catalog recorded when the order was located (null when it recorded none), for audit.
alter table location_lookup add column addressee jsonb;
