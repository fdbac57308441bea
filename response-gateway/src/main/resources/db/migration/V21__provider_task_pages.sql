-- A provider reads its release and preservation tasks a page at a time, oldest first (created_at, then id). These
-- indexes hold a provider's tasks in that order, so that a page of the whole list is read from its first row on rather
-- than after sorting every task the provider ever had. The (provider, status, created_at) indexes of V3 and V14 still
-- serve a list filtered by status.
create index release_task_by_provider_oldest_first on release_task (provider, created_at, id);
create index preservation_task_by_provider_oldest_first on preservation_task (provider, created_at, id);
