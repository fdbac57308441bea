-- UNSUSPENDED: the notified State's window runs while the release did not wait for it (an emergency, where
-- notification suspends nothing, Regulation (EU) 2023/1543 Art. 8(4)); the State may still object until due_at.
-- A gateway before this version cannot read such a row: upgrade every gateway before the resolver that sends
-- holds with suspendsRelease false (root README, "Upgrading").
alter table hold_timer drop constraint hold_timer_state_check;
alter table hold_timer add constraint hold_timer_state_check
    check (state in ('PENDING', 'UNSUSPENDED', 'RELEASED', 'OBJECTED', 'CANCELLED'));
