-- InboxRetention deletes the inbox rows older than the retention, oldest first: it finds them by this index.
-- Repeatable (R__), so that it comes after each service's own versioned migrations, whatever their numbers.
create index if not exists inbox_event_processed_at_idx on inbox_event (processed_at);
