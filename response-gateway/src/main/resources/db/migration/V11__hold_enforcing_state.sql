-- The Member State that may object to a held outcome: that of the provider's addressee of orders in the Union
-- (order.located addressee: its designated establishment or legal representative), the enforcing State of
-- Regulation (EU) 2023/1543; for a provider that recorded none, the storage country if it takes part in the
-- Regulation. Null where no State may object through the API (the addressee is in the issuing State itself, or the
-- data is stored outside the Member States taking part): a legal reviewer records an objection then. Timers opened
-- before the gateway knew the addressee keep the storage country, which is what this column's readers used until now.
alter table hold_timer add column enforcing_state text;
update hold_timer set enforcing_state = country;
