-- No State may object through the API where the enforcing State would be the issuing State itself or a State outside
-- Regulation (EU) 2023/1543 (NotificationHolds.enforcingState): the column is null then, and only a legal reviewer
-- records an objection. Pending timers that V11 gave a storage country outside the Member States taking part (the
-- list of EevidStates and of the rulebook's EEVID_STATES) lose it. The issuing State is not on the timer's row:
-- pending timers that name it keep it.
alter table hold_timer alter column enforcing_state drop not null;
update hold_timer set enforcing_state = null
 where state = 'PENDING'
   and enforcing_state not in ('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT',
                               'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK');
