-- A provider may upload the package of a HELD release task during the notified State's window (Regulation (EU)
-- 2023/1543, Art. 8(4) suspends transmission; the provider transmits at the end of the 10 days, Art. 10). The package
-- is stored and in the chain of custody at once, but reaches the issuing authority only when the window ends and the
-- outcome is released (released_at); if the outcome is refused or no longer released, its bytes are deleted and the
-- row stays, discarded (discarded_at, discard_reason). Packages received before this version were released on receipt.
alter table data_package add column released_at timestamptz;
update data_package set released_at = received_at;
alter table data_package add column discarded_at timestamptz;
alter table data_package add column discard_reason text;
alter table data_package add constraint data_package_discard_reason_check
    check ((discarded_at is null) = (discard_reason is null));
alter table data_package add constraint data_package_released_or_discarded_check
    check (released_at is null or discarded_at is null);
-- One package per task still counts: a discarded one leaves room for the package the task is later asked for again.
alter table data_package drop constraint data_package_task_id_key;
create unique index data_package_one_per_task on data_package (task_id) where discarded_at is null;

-- RELEASED: a package held during the window was handed on to the issuing authority at its end; DISCARDED: a held
-- package whose outcome was refused or no longer released, its bytes deleted.
alter table custody_event drop constraint custody_event_action_check;
alter table custody_event add constraint custody_event_action_check
    check (action in ('RECEIVED', 'RELEASED', 'DOWNLOADED', 'DISCARDED'));
