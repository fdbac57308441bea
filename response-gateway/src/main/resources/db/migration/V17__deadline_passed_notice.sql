-- When the issuing authority was told (order.deadline-passed) that the order's answer deadline passed while this task
-- still waited for the provider's package; null until then. It is told once per task.
alter table release_task add column deadline_passed_notified_at timestamptz;
-- The scheduler's question: which open tasks are past their deadline and not yet told.
create index release_task_deadline_untold on release_task (deadline)
    where status = 'OPEN' and deadline_passed_notified_at is null;
