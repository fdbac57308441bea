-- Lookup ids come from the column's sequence in blocks of 50 (Hibernate's pooled optimizer keeps the block in
-- memory), so that a poll's lookups are inserted in one JDBC batch rather than one round trip each. An insert that
-- leaves the id out still takes the next value of the same sequence, which no block overlaps.
alter sequence location_lookup_id_seq increment by 50;
