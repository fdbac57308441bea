-- The end of a preservation's period, its extension and its withdrawal (Regulation (EU) 2023/1543, Art. 11). Within
-- the period the issuing authority may extend it once by 30 days (extended_at/_by; preserve_until moves with it), or
-- confirm that a subsequent request for production has been issued (production_request_*): the data is then kept
-- until that request is served, so preserve_until is null. ENDED: the duty ended, because its period passed
-- (PERIOD_ENDED) or the issuing authority said preservation was no longer necessary (WITHDRAWN); the provider may stop
-- keeping the data. Each action is recorded on every task of the order it applied to, so the tasks of one order agree.
alter table preservation_task drop constraint preservation_task_status_check;
alter table preservation_task add constraint preservation_task_status_check
    check (status in ('OPEN', 'PRESERVING', 'NOT_FOUND', 'CANCELLED', 'ENDED'));
alter table preservation_task alter column preserve_until drop not null;
alter table preservation_task
    add column extended_at                     timestamptz,
    add column extended_by                     text,
    add column production_request_confirmed_at timestamptz,
    add column production_request_confirmed_by text,
    -- The issuing authority's reference of the request for production, when it gave one.
    add column production_request_reference    text,
    add column ended_at                        timestamptz,
    add column end_reason                      text check (end_reason in ('PERIOD_ENDED', 'WITHDRAWN'));
alter table preservation_task add constraint preservation_task_ended_check
    check ((status = 'ENDED') = (ended_at is not null) and (ended_at is null) = (end_reason is null));
alter table preservation_task add constraint preservation_task_extended_check
    check ((extended_at is null) = (extended_by is null));
alter table preservation_task add constraint preservation_task_production_request_check
    check ((production_request_confirmed_at is null) = (production_request_confirmed_by is null)
           and (production_request_reference is null or production_request_confirmed_at is not null));
-- Only a confirmed request for production keeps data without an end.
alter table preservation_task add constraint preservation_task_preserve_until_check
    check (preserve_until is not null or production_request_confirmed_at is not null);
-- The scheduler's question: which running tasks' period has passed.
create index preservation_task_running_until on preservation_task (preserve_until)
    where status in ('OPEN', 'PRESERVING');
