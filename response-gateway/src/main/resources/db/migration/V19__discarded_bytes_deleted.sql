-- A discarded package's bytes are deleted once the discard is committed; a delete that fails, or a crash between the
-- commit and the delete, used to leave the file on disk with no record of it and nothing to try again. bytes_deleted_at
-- says when the file was known to be gone: set by the delete right after the commit, or by DiscardedBytesScheduler,
-- which tries every discarded package whose bytes_deleted_at is null (a file already gone counts as deleted). Packages
-- discarded before this version start null: the scheduler's first tick checks that their files are gone.
alter table data_package add column bytes_deleted_at timestamptz;
alter table data_package add constraint data_package_bytes_deleted_only_if_discarded_check
    check (bytes_deleted_at is null or discarded_at is not null);
create index data_package_bytes_kept on data_package (discarded_at)
    where discarded_at is not null and bytes_deleted_at is null;
