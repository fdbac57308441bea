-- A notified order's held data gets its release task while the notified State's window runs, as HELD: the provider
-- sees what it will have to transmit at the window's end (held_until), and the task opens then, or is cancelled if the
-- outcome no longer holds the data (an objection, say). Holds pending before this version get their task at the next
-- revision of their order, at the latest when their window ends. decision_revision is now the revision the task's
-- scope, deadline and reference come from: a held task that opens unchanged keeps the revision that held it.
alter table release_task drop constraint release_task_status_check;
alter table release_task add constraint release_task_status_check
    check (status in ('HELD', 'OPEN', 'UPLOADED', 'NOT_FOUND', 'CANCELLED'));
alter table release_task add column held_until timestamptz;
alter table release_task add constraint release_task_held_until_check
    check ((status = 'HELD') = (held_until is not null));
