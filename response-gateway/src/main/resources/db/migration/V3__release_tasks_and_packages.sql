-- One release task per order, data category and storage country whose outcome is RELEASE: the provider exports that
-- data and uploads it as one package. Tasks are never deleted; their status tells what became of them.
create table release_task (
    id                uuid        primary key,
    order_id          uuid        not null,
    provider          text        not null,
    data_category     text        not null
                                  check (data_category in ('SUBSCRIBER', 'IDENTIFICATION', 'TRAFFIC', 'CONTENT')),
    country           text        not null,
    -- CANCELLED: a later decision revision no longer releases this data (e.g. after a re-assessment).
    status            text        not null check (status in ('OPEN', 'UPLOADED', 'NOT_FOUND', 'CANCELLED')),
    order_reference   text,
    -- What to export: accounts, sites, custodian entities and the order's time range.
    scope             jsonb       not null,
    -- The order's answer deadline (assessment.answerDeadline); null when the assessment sets none.
    deadline          timestamptz,
    -- The decision revision that asked for this release.
    decision_revision integer     not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (order_id, data_category, country)
);
create index release_task_by_provider on release_task (provider, status, created_at);

-- The package a provider uploaded for a task. The bytes live in a file under lexroute.gateway.package-dir.
create table data_package (
    id            uuid        primary key,
    task_id       uuid        not null unique references release_task (id),
    order_id      uuid        not null,
    name          text        not null,
    -- As the provider declared it; downloads are always served as application/octet-stream attachments.
    content_type  text        not null,
    size_bytes    bigint      not null check (size_bytes > 0),
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    -- Relative to lexroute.gateway.package-dir.
    storage_path  text        not null,
    received_from text        not null,
    received_at   timestamptz not null
);
create index data_package_by_order on data_package (order_id, received_at);

-- Chain of custody: who handed which bytes (size and SHA-256) to whom, and when. Rows are only ever added.
create table custody_event (
    id          bigserial   primary key,
    package_id  uuid        not null references data_package (id),
    action      text        not null check (action in ('RECEIVED', 'DOWNLOADED')),
    actor       text        not null,
    occurred_at timestamptz not null,
    size_bytes  bigint      not null,
    sha256      text        not null
);
create index custody_event_by_package on custody_event (package_id, id);
