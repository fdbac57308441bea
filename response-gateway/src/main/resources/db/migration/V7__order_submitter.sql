-- The authority tenant (portal account) that submitted the order, as request-intake set it from the caller's token
-- (OrderLocated.order.submittedBy): the only authority that may read the order's decision, packages and refusal.
-- Every revision carries it, so the latest row of an order answers. Null for orders located before submitters were
-- recorded, which no authority can then read (operators and legal reviewers still can).
alter table decision add column submitted_by text;
update decision set submitted_by = located_event -> 'order' ->> 'submittedBy';
