-- The data-residency catalog: provider -> account -> identifiers and storage locations.
create table account (
    id          bigserial   primary key,
    provider_id text        not null,
    account_id  text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint account_provider_account_key unique (provider_id, account_id)
);

-- Identifiers by which orders designate an account. match_value is the value in its compared form (e-mail
-- addresses and user names lower-cased, phone numbers without separators), so that one identifier of a provider
-- belongs to one account only.
create table account_identifier (
    id          bigserial primary key,
    provider_id text      not null,
    account_id  text      not null,
    position    integer   not null,
    type        text      not null
        check (type in ('ACCOUNT_ID', 'EMAIL', 'PHONE', 'IP_ADDRESS', 'USERNAME')),
    value       text      not null,
    match_value text      not null,
    constraint account_identifier_account_fk foreign key (provider_id, account_id)
        references account (provider_id, account_id) on delete cascade,
    constraint account_identifier_provider_type_value_key unique (provider_id, type, match_value)
);

create index account_identifier_account_idx on account_identifier (provider_id, account_id);

-- Where each category of an account's data is stored, and the legal entity that controls it.
create table storage_location (
    id            bigserial primary key,
    provider_id   text      not null,
    account_id    text      not null,
    position      integer   not null,
    data_category text      not null
        check (data_category in ('SUBSCRIBER', 'IDENTIFICATION', 'TRAFFIC', 'CONTENT')),
    country       char(2)   not null check (country ~ '^[A-Z]{2}$'),
    site          text      not null,
    custodian     text      not null,
    role          text      not null check (role in ('PRIMARY', 'REPLICA')),
    constraint storage_location_account_fk foreign key (provider_id, account_id)
        references account (provider_id, account_id) on delete cascade,
    constraint storage_location_account_category_site_key
        unique (provider_id, account_id, data_category, country, site)
);

-- One row per order located: what the catalog said at that moment, kept for audit.
create table location_lookup (
    id                bigserial   primary key,
    order_id          uuid        not null,
    provider_id       text        not null,
    located_at        timestamptz not null,
    locations         jsonb       not null,
    unmatched_targets jsonb       not null
);

create index location_lookup_order_idx on location_lookup (order_id);
