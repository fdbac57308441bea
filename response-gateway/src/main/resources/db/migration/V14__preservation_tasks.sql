-- One preservation task per order, data category and storage country whose outcome is PRESERVE (a European
-- Preservation Order under Regulation (EU) 2023/1543; its period, Art. 11): the provider keeps that data, without
-- disclosing it, until preserve_until, and confirms that it does. Tasks are never deleted; their status tells what became of them.
create table preservation_task (
    id                uuid        primary key,
    order_id          uuid        not null,
    provider          text        not null,
    data_category     text        not null
                                  check (data_category in ('SUBSCRIBER', 'IDENTIFICATION', 'TRAFFIC', 'CONTENT')),
    country           text        not null,
    -- OPEN: not confirmed yet; PRESERVING: the provider confirmed that it keeps the data; NOT_FOUND: it holds none;
    -- CANCELLED: a later decision revision no longer preserves this data.
    status            text        not null check (status in ('OPEN', 'PRESERVING', 'NOT_FOUND', 'CANCELLED')),
    order_reference   text,
    -- What to keep: accounts, sites, custodian entities and the order's time range (as a release task's scope).
    scope             jsonb       not null,
    -- The outcome's preservationExpiresAt: the end of the period, before any extension.
    preserve_until    timestamptz not null,
    -- The decision revision the scope, period and reference come from.
    decision_revision integer     not null,
    confirmed_by      text,
    confirmed_at      timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (order_id, data_category, country)
);
create index preservation_task_by_provider on preservation_task (provider, status, created_at);

-- Orders preserved before this version closed at once and gave the provider nothing to see: each PRESERVE outcome of
-- an order's latest revision whose period has not ended gets its task, open, so that the provider learns of it and
-- confirms. The scope is that of TaskScope.of: the accounts, sites and custodians of the located order's locations
-- for that category and country, each once, in the order the locations list them.
insert into preservation_task (id, order_id, provider, data_category, country, status, order_reference, scope,
                               preserve_until, decision_revision, created_at, updated_at)
select gen_random_uuid(), d.order_id, d.located_event -> 'order' ->> 'provider', o ->> 'dataCategory',
       o ->> 'location', 'OPEN', d.located_event -> 'order' ->> 'externalReference',
       jsonb_build_object(
           'accountIds', (select coalesce(jsonb_agg(value order by first_seen), '[]'::jsonb)
                            from (select l ->> 'accountId' as value, min(position) as first_seen
                                    from unnest(stored.locations) with ordinality as s(l, position)
                                   where l ->> 'accountId' is not null group by 1) accounts),
           'sites', (select coalesce(jsonb_agg(value order by first_seen), '[]'::jsonb)
                       from (select l ->> 'site' as value, min(position) as first_seen
                               from unnest(stored.locations) with ordinality as s(l, position)
                              where l ->> 'site' is not null group by 1) sites),
           'custodians', (select coalesce(jsonb_agg(value order by first_seen), '[]'::jsonb)
                            from (select l ->> 'custodian' as value, min(position) as first_seen
                                    from unnest(stored.locations) with ordinality as s(l, position)
                                   where l ->> 'custodian' is not null group by 1) custodians),
           'timeRange', d.located_event -> 'order' -> 'timeRange'),
       (o ->> 'preservationExpiresAt')::timestamptz, d.revision, d.decided_at, now()
  from decision d
  cross join lateral jsonb_array_elements(d.decision -> 'outcomes') o
  cross join lateral (
      select coalesce(array_agg(l order by position), '{}') as locations
        from jsonb_array_elements(d.located_event -> 'locations') with ordinality as located(l, position)
       where l ->> 'dataCategory' = o ->> 'dataCategory'
         and l ->> 'country' = o ->> 'location') stored
 where d.revision = (select max(latest.revision) from decision latest where latest.order_id = d.order_id)
   and o ->> 'outcome' = 'PRESERVE'
   and o ->> 'location' is not null
   and (o ->> 'preservationExpiresAt')::timestamptz > now();
