-- A European Preservation Order is decided PRESERVED and closes PRESERVED: nothing is released, the provider keeps
-- the data until each PRESERVE outcome's preservationExpiresAt. The checks of V1 and V6 list every status allowed.
alter table decision drop constraint decision_status_check;
alter table decision add constraint decision_status_check
    check (status in ('RELEASED', 'PARTIALLY_RELEASED', 'REFUSED', 'REDIRECTED', 'ON_HOLD', 'IN_LEGAL_REVIEW',
                      'DELIVERED', 'PRESERVED'));

alter table order_closure drop constraint order_closure_status_check;
alter table order_closure add constraint order_closure_status_check
    check (status in ('DELIVERED', 'REFUSED', 'REDIRECTED', 'PRESERVED'));
