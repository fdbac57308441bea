-- A reviewer may file a reasoned objection under Regulation (EU) 2023/1543 Art. 17 against a production order whose
-- execution would conflict with a third country's law: the review becomes OBJECTION_FILED and stays open (execution
-- suspended) until a reviewer records the release or refusal that came of it. Who objected, why and when are kept
-- beside the final decision (reviewer, outcome, reason), which does not overwrite them.
alter table legal_review drop constraint legal_review_status_check;
alter table legal_review add constraint legal_review_status_check
    check (status in ('PENDING', 'OBJECTION_FILED', 'DECIDED', 'CANCELLED'));

alter table legal_review add column objected_by text;
alter table legal_review add column objection text;
alter table legal_review add column objected_at timestamptz;
alter table legal_review add constraint legal_review_objection_check
    check (status <> 'OBJECTION_FILED' or (objected_by is not null and objection is not null
                                           and objected_at is not null));
