-- A notified order's held data gets its release task while the notified State's window runs, as HELD: the provider
-- sees what it will have to transmit at the window's end (held_until), and the task opens then, or is cancelled if the
-- State objects. Holds pending before this version get their task when their window ends, as before.
alter table release_task drop constraint release_task_status_check;
alter table release_task add constraint release_task_status_check
    check (status in ('HELD', 'OPEN', 'UPLOADED', 'NOT_FOUND', 'CANCELLED'));
alter table release_task add column held_until timestamptz;
alter table release_task add constraint release_task_held_until_check
    check ((status = 'HELD') = (held_until is not null));
