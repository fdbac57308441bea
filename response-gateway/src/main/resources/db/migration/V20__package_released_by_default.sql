-- A package row written without released_at was released on receipt: so a gateway of a version before V18, still
-- serving uploads while a newer one has migrated (a rolling upgrade), publishes its package with a download link as it
-- always did, and the link must work. This version's gateway always writes the column (null for a package held during
-- the notified State's window), so the default never applies to it.
alter table data_package alter column released_at set default now();
