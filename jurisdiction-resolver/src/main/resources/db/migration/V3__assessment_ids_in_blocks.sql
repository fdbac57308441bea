-- Assessment ids come from the column's sequence in blocks of 50 (Hibernate's pooled optimizer keeps the block in
-- memory), so that a poll's assessments are inserted in one JDBC batch rather than one round trip each. Ids only
-- break ties: an order's assessments are ordered by created_at first.
alter sequence assessment_id_seq increment by 50;
