-- The Member State that may object to a held outcome: that of the provider's addressee of orders in the Union
-- (order.located addressee: its designated establishment or legal representative), the enforcing State of
-- Regulation (EU) 2023/1543. Timers opened before the gateway knew the addressee, and holds of a provider that
-- recorded none, keep the storage country, which is what this column's readers used until now.
alter table hold_timer add column enforcing_state text;
update hold_timer set enforcing_state = country;
alter table hold_timer alter column enforcing_state set not null;
